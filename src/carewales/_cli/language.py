"""The command line's language: choosing it, and argparse's own words in Welsh.

The language is chosen before the parser is built, so that the help, the usage and
the argument errors are written in it from the start: ``--lang`` anywhere on the
command line (before or after the subcommand), else the ``CAREWALES_LANG``
environment variable, else the locale (the first of ``LC_ALL``, ``LC_MESSAGES`` and
``LANG`` that is set; Welsh when it starts with ``cy``, such as ``cy_GB.UTF-8``), else
English.

argparse writes its own words (``usage:``, ``options``, ``invalid choice``, ...) with
:func:`gettext.gettext`.  Rather than install a translation for every user of argparse
in the process, :class:`Parser` puts its own Welsh in place: the group titles and the
``--help`` line when it is built, the ``usage:`` prefix through :class:`WelshFormatter`,
and its error messages through :func:`welsh_argparse` when it raises.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextvars import ContextVar
from typing import TYPE_CHECKING, ClassVar, NoReturn, TextIO

from ..errors import InvalidFieldError
from ..text import Language

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

#: The environment variable that sets the default language.
ENVIRONMENT = "CAREWALES_LANG"
#: The locale variables, in the order that decides (POSIX: the first one set wins).
LOCALE = ("LC_ALL", "LC_MESSAGES", "LANG")
_CODES = tuple(language.value for language in Language)
_WELSH_LOCALE = re.compile(r"cy(?:[_.@-].*)?", re.IGNORECASE)
_OPTION = "--lang"

#: Where ``--help`` and ``--version`` write while :func:`carewales._cli.main` runs.
STDOUT: ContextVar[TextIO | None] = ContextVar("carewales_cli_stdout", default=None)


def say(lang: Language, en: str, cy: str) -> str:
    """Return *en* or *cy*, whichever is in *lang*.

    >>> say(Language.CY, "options", "opsiynau")
    'opsiynau'
    """
    return cy if lang is Language.CY else en


def given(argv: Sequence[str]) -> str | None:
    """The value of the last ``--lang`` on the command line, before or after the subcommand.

    ``--lang X`` and ``--lang=X`` count, as do the abbreviations argparse accepts
    (``--lan cy``); nothing after ``--`` does.  The value is returned as given.

    >>> given(["authority", "Caerdydd", "--lang", "cy"])
    'cy'
    >>> given(["--lang=en", "authorities", "--lan", "cy"])
    'cy'
    >>> given(["authorities"]) is None
    True
    """
    found = None
    for index, word in enumerate(argv):
        if word == "--":
            break
        name, equals, value = word.partition("=")
        if len(name) < 3 or not _OPTION.startswith(name):  # noqa: PLR2004 ("--l" at least)
            continue
        if equals:
            found = value
        elif index + 1 < len(argv):
            found = argv[index + 1]
    return found


def from_locale(environ: Mapping[str, str]) -> Language:
    """The language of the locale: Welsh when the deciding variable starts with ``cy``.

    >>> from_locale({"LANG": "cy_GB.UTF-8"})
    <Language.CY: 'cy'>
    >>> from_locale({"LC_ALL": "C.UTF-8", "LANG": "cy_GB.UTF-8"})
    <Language.EN: 'en'>
    """
    for name in LOCALE:
        value = environ.get(name, "")
        if value:
            return Language.CY if _WELSH_LOCALE.fullmatch(value) else Language.EN
    return Language.EN


def from_environment(environ: Mapping[str, str]) -> Language:
    """The default language: ``CAREWALES_LANG`` if set (and not blank), else the locale.

    Raises:
        InvalidFieldError: if ``CAREWALES_LANG`` is neither ``en`` nor ``cy``; the
            message is in both languages, since neither can be trusted.
    """
    value = environ.get(ENVIRONMENT, "")
    if not value.strip():
        return from_locale(environ)
    if value.strip().lower() in _CODES:
        return Language(value.strip().lower())
    msg = f"{ENVIRONMENT} ({value!r}) must be en (English) or cy (Welsh, Cymraeg)."
    cy = f"{ENVIRONMENT} ({value!r}): rhaid i’r gwerth fod yn en (Saesneg) neu cy (Cymraeg)."
    raise InvalidFieldError(msg, cy=cy)


def choose(argv: Sequence[str], environ: Mapping[str, str]) -> Language:
    """The language of the run: ``--lang``, else ``CAREWALES_LANG``, else the locale.

    A ``--lang`` that is not ``en`` or ``cy`` is left for the parser to refuse, in the
    language the run would have without it: ``CAREWALES_LANG``, else the locale (the
    locale alone when ``CAREWALES_LANG`` is wrong too).

    Raises:
        InvalidFieldError: if ``--lang`` is absent and ``CAREWALES_LANG`` is wrong.

    >>> choose(["authorities", "--lang", "cy"], {"CAREWALES_LANG": "en"})
    <Language.CY: 'cy'>
    >>> choose(["authorities"], {"CAREWALES_LANG": "cy", "LANG": "en_GB.UTF-8"})
    <Language.CY: 'cy'>
    >>> choose(["authorities", "--lang", "xx"], {"CAREWALES_LANG": "cy"})
    <Language.CY: 'cy'>
    """
    value = given(argv)
    if value is None:
        return from_environment(environ)
    if value in _CODES:
        return Language(value)
    try:  # the error about --lang itself is in the language the run would have without it
        return from_environment(environ)
    except InvalidFieldError:  # CAREWALES_LANG is wrong too; --lang's error comes first
        return from_locale(environ)


# --- argparse's own words ------------------------------------------------------------------

#: Names argparse gives arguments that have no metavar of their own.
_NAMES = {"command": "gorchymyn"}
_TYPES = {"int": "rhif cyfan", "float": "rhif"}


def _name(text: str) -> str:
    return _NAMES.get(text, text)


def _argument(name: str) -> str:
    """An argument named in Welsh: an option (``--lang``) is an *opsiwn*."""
    return f"{'opsiwn' if name.startswith('-') else 'ymresymiad'} {_name(name)}"


#: argparse's messages (Python 3.11 to 3.13), each with its Welsh.
_MESSAGES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (
        re.compile(r"argument (?P<name>.+?): (?P<rest>.+)", re.DOTALL),
        lambda m: f"{_argument(m['name'])}: {welsh_argparse(m['rest'])}",
    ),
    (
        re.compile(r"the following arguments are required: (?P<names>.+)"),
        lambda m: (
            "mae angen yr ymresymiadau hyn: "
            + ", ".join(_name(name) for name in m["names"].split(", "))
        ),
    ),
    (
        re.compile(r"invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)", re.DOTALL),
        lambda m: f"dewis annilys: {m['value']} (dewiswch o blith {m['choices']})",
    ),
    (
        re.compile(r"unrecognized arguments: (?P<words>.*)", re.DOTALL),
        lambda m: f"ymresymiadau anhysbys: {m['words']}",
    ),
    (re.compile(r"expected one argument"), lambda _: "disgwylid un ymresymiad"),
    (re.compile(r"expected at most one argument"), lambda _: "disgwylid un ymresymiad ar y mwyaf"),
    (re.compile(r"expected at least one argument"), lambda _: "disgwylid un ymresymiad o leiaf"),
    (
        re.compile(r"expected (?P<n>\d+) arguments?"),
        lambda m: f"disgwylid {m['n']} ymresymiad",
    ),
    (
        re.compile(r"not allowed with argument (?P<other>.+)"),
        lambda m: f"ni chaniateir gyda’r {_argument(m['other'])}",
    ),
    (
        re.compile(r"one of the arguments (?P<names>.+) is required"),
        lambda m: f"mae angen un o’r ymresymiadau {m['names']}",
    ),
    (
        re.compile(r"ambiguous option: (?P<option>\S+) could match (?P<matches>.+)"),
        lambda m: f"opsiwn amwys: gallai {m['option']} olygu {m['matches']}",
    ),
    (
        re.compile(r"invalid (?P<type>\S+) value: (?P<value>.+)", re.DOTALL),
        lambda m: f"gwerth annilys: {m['value']} (disgwylid {_TYPES.get(m['type'], m['type'])})",
    ),
    (
        re.compile(r"ignored explicit argument (?P<value>.+)", re.DOTALL),
        lambda m: f"anwybyddwyd yr ymresymiad penodol {m['value']}",
    ),
)


def welsh_argparse(message: str) -> str:
    """Return the Welsh of one of argparse's error messages (unchanged if it is not known).

    >>> welsh_argparse("argument --lang: invalid choice: 'fr' (choose from 'en', 'cy')")
    "opsiwn --lang: dewis annilys: 'fr' (dewiswch o blith 'en', 'cy')"
    >>> welsh_argparse("the following arguments are required: command")
    'mae angen yr ymresymiadau hyn: gorchymyn'
    """
    for pattern, welsh in _MESSAGES:
        found = pattern.fullmatch(message)
        if found:
            return welsh(found)
    return message


class WelshFormatter(argparse.HelpFormatter):
    """argparse's help formatter, with ``defnydd:`` for ``usage:``."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        """Add the usage line, headed ``defnydd:`` unless a prefix is given."""
        super().add_usage(usage, actions, groups, "defnydd: " if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """An argument parser in English whose usage errors are the library's error.

    Its errors raise :class:`~carewales.errors.InvalidFieldError` (in both languages)
    rather than exit, and ``--help`` writes to the stream :func:`~carewales._cli.main`
    was given.
    """

    #: The language of the parser's help, usage and errors.
    lang: ClassVar[Language] = Language.EN

    def error(self, message: str) -> NoReturn:
        """Raise the library's error, in English and in Welsh, for a usage error."""
        msg = f"{self.prog}: {message}"
        raise InvalidFieldError(msg, cy=f"{self.prog}: {welsh_argparse(message)}")

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        stream = STDOUT.get()
        if stream is not None and file in (None, sys.stdout):
            file = stream
        super()._print_message(message, file)


class WelshParser(Parser):
    """An argument parser in Welsh: its own words (titles, ``--help``, usage) are Welsh."""

    lang: ClassVar[Language] = Language.CY

    def __init__(self, *args: object, **kwargs: object) -> None:
        """Build the parser as argparse does, then put Welsh in place of its own words."""
        kwargs.setdefault("formatter_class", WelshFormatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = "ymresymiadau safle"
        self._optionals.title = "opsiynau"
        for action in self._actions:  # a new parser has one action: -h, --help
            action.help = "dangos y neges gymorth hon a gadael"


def parser_class(lang: Language) -> type[Parser]:
    """The parser class for *lang*."""
    return WelshParser if lang is Language.CY else Parser
