"""The command line in Welsh: every command's help, examples and errors under ``--lang cy``.

Issue 12: under ``--lang cy`` all output is Welsh (argparse's own words too), ``--lang``
goes before or after the subcommand, and the default comes from ``CAREWALES_LANG``, then
the locale.  The check for English is a small detector of English function words, run
after taking out what is not prose (quoted values, URLs, paths, options and proper names).
"""

from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carewales import all_authorities
from carewales._cli import main
from carewales._cli.language import choose, from_locale, welsh_argparse
from carewales._cli.language import given as given_lang
from carewales._cli.main import build_parser, tolerant
from carewales.errors import InvalidFieldError
from carewales.text import Language

#: English function words that never occur in Welsh prose ("a" and "is" do: "Cymru a
#: Lloegr", "is 95%"; so they are not on the list).
ENGLISH = frozenset(
    (
        *("the", "and", "of", "must", "not", "for", "with", "to", "in", "an", "be"),
        *("usage", "options", "arguments", "argument", "show", "help", "message", "exit"),
        *("did", "you", "mean", "required", "invalid", "choice", "error", "expected"),
        *("unrecognized", "cannot", "given"),
    )
)
#: Proper names that may stand in Welsh output as they are: the English names of the
#: authorities (shown where a Welsh one is not wanted, such as codes' labels) and of bodies.
PROPER_NAMES = tuple(
    sorted(
        {name for item in all_authorities() for name in (item.name.en, item.council.en)},
        key=len,
        reverse=True,
    )
)
_NOT_PROSE = (
    re.compile(r"https?://\S+"),  # URLs
    re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|‘[^’\n]*’|“[^”\n]*”"),  # quoted values
    re.compile(r"\{[^}\n]*\}"),  # argparse's lists of choices
    re.compile(r"(?<![\w’])--?[A-Za-z][\w-]*(?:=\S*)?"),  # options: --lang, -h
    re.compile(r"\S*/\S*"),  # paths
)
_WORD = re.compile(r"[A-Za-z]+(?:[’'][A-Za-z]+)?")


def english_words(text: str) -> list[str]:
    """The English function words in *text*, once what is not prose is taken out."""
    for name in PROPER_NAMES:
        text = text.replace(name, " ")
    for pattern in _NOT_PROSE:
        text = pattern.sub(" ", text)
    return [word for word in _WORD.findall(text) if word.lower() in ENGLISH]


def run(*argv: str, environ: dict[str, str] | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err, environ={} if environ is None else environ)
    return status, out.getvalue(), err.getvalue()


def english_lines(text: str) -> list[str]:
    return [f"{english_words(line)}: {line}" for line in text.splitlines() if english_words(line)]


def assert_welsh(argv: tuple[str, ...], out: str, err: str) -> None:
    found = english_lines(out + err)
    assert not found, f"carewales {' '.join(argv)}:\n" + "\n".join(found)


SUBCOMMANDS = ("authorities", "authority", "deadline", "bank-holidays", "inspection")
SUBCOMMANDS += ("parenting", "rates", "caseload")

#: Each command's bundled examples (runs that must succeed).
EXAMPLES = [
    ("authorities",),
    ("authority", "Caerdydd"),
    ("authority", "W06000023"),
    ("deadline", "2021-11-15", "20"),
    ("deadline", "2021-11-15", "-5", "--calendar-days"),
    ("deadline", "2021-11-15", "3", "--months"),
    ("deadline", "2021-11-15", "--timescale", "first-core-group"),
    ("bank-holidays", "2024"),
    ("inspection", "--example", "wrexham-2021"),
    ("inspection", "--example", "powys-2017", "--format", "text"),
    ("parenting", "--example"),
    ("parenting", "--example", "--markdown"),
    ("rates", "--example"),
    ("rates", "--example", "--format", "markdown"),
    ("caseload", "--example", "--as-of", "2020-03-31"),
    ("caseload", "--example", "--as-of", "2020-03-31", "--format", "markdown"),
    ("caseload", "--example", "--as-of", "2020-03-31", "--measures", "--suppress-below", "5"),
    ("caseload", "--example", "--as-of", "2020-03-31", "--measures", "--year", "2019"),
]

#: Errors: one bad value and one unknown key (or missing argument) for each command, and
#: argparse's own errors.
ERRORS = [
    (),
    ("nonsense",),
    ("authorities", "--bogus"),
    ("authorities", "--format", "xml"),
    ("authority",),
    ("authority", "Caerdyd"),
    ("authority", "--lang"),
    ("deadline", "15/11/2021", "20"),
    ("deadline", "2021-02-30", "20"),
    ("deadline", "2021-11-15"),
    ("deadline", "2021-11-15", "twenty"),
    ("deadline", "2021-11-15", "5", "--timescale", "first-core-group"),
    ("deadline", "2021-11-15", "--timescale", "nonsense"),
    ("deadline", "2021-11-15", "5", "--months", "--calendar-days"),
    ("bank-holidays", "dwy fil"),
    ("bank-holidays", "1900"),
    ("inspection",),
    ("inspection", "--example", "atlantis-2020"),
    ("inspection", "/no/such/file.json"),
    ("parenting",),
    ("parenting", "--example", "--year", "20x3"),
    ("parenting", "--example", "--year", "2023", "--financial-year", "2023"),
    ("parenting", "--example", "--from", "2023-01-01"),
    ("parenting", "--example", "--format", "json", "--markdown"),
    ("parenting", "--example", "--f", "json"),
    ("parenting", "--example=yes"),
    ("parenting", "/no/such/records.json", "--year", "2023"),
    ("rates",),
    ("rates", "--example", "--target", "nan"),
    ("rates", "--example", "--target", "lots"),
    ("rates", "--example", "--dp", "two"),
    ("rates", "--example", "--per", "7"),
    ("rates", "--example", "--delimiter", "::"),
    ("rates", "--example", "--method", "guess"),
    ("rates", "--example", "--authority-column", "Nowhere"),
    ("caseload", "--example"),
    ("caseload", "--as-of", "2020-03-31"),
    ("caseload", "--example", "--as-of", "31/03/2020"),
    ("caseload", "/no/such/extract.csv", "--as-of", "2020-03-31"),
    ("caseload", "--example", "--as-of", "2020-03-31", "--state", "late"),
    ("caseload", "--example", "--as-of", "2020-03-31", "--measures", "--suppress-below", "0"),
    ("caseload", "--example", "--as-of", "2020-03-31", "--measures", "--year", "2021"),
]


def test_every_subcommand_is_checked():
    """The lists above name every subcommand the parser has, so a new one cannot be missed."""
    parser = build_parser()
    (commands,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert set(commands.choices) == set(SUBCOMMANDS)
    assert {argv[0] for argv in EXAMPLES} == set(SUBCOMMANDS)


class TestEnglishDetector:
    def test_finds_argparse_english(self):
        """The detector finds argparse's English and the library's English sentences."""
        assert english_words("usage: carewales [-h] {authorities,authority} ...") == ["usage"]
        assert english_words("'key' ('Caerdyd') names no authority. Did you mean 'Cardiff'?") == [
            "Did",
            "you",
            "mean",
        ]
        assert english_words("  -h, --help  show this help message and exit") == [
            "show",
            "help",
            "message",
            "and",
            "exit",
        ]

    def test_leaves_welsh_names_paths_and_values(self):
        """Welsh prose, quoted values, URLs, paths, options and proper names are not English."""
        text = (
            "Gwyliau banc yng Nghymru a Lloegr, is 95%: 'the end' “of it” --with-the-flow "
            "https://example.org/the/and /tmp/of/the.json City and County of Cardiff"
        )
        assert english_words(text) == []


@pytest.mark.parametrize("command", ["", *SUBCOMMANDS])
def test_help_is_welsh(command):
    """Every command's --help is in Welsh: argparse's own words and every option's help."""
    argv = ("--lang", "cy", *([command] if command else []), "--help")
    status, out, err = run(*argv)
    assert status == 0
    assert out.startswith("defnydd: carewales")
    assert "opsiynau:" in out
    assert "dangos y neges gymorth hon a gadael" in out
    assert_welsh(argv, out, err)


@pytest.mark.parametrize("argv", EXAMPLES, ids=" ".join)
def test_examples_are_welsh(argv):
    """Every command's bundled example prints Welsh under --lang cy."""
    status, out, err = run("--lang", "cy", *argv)
    assert status == 0, err
    assert_welsh(argv, out, err)


@pytest.mark.parametrize("argv", ERRORS, ids=lambda argv: " ".join(argv) or "(nothing)")
def test_errors_are_welsh(argv):
    """Every command's errors (bad values, unknown keys, argparse's own) are in Welsh."""
    status, out, err = run("--lang", "cy", *argv)
    assert status == 2
    assert not out
    assert err.startswith("carewales: gwall: ")
    assert_welsh(argv, out, err)


class TestWhereLangGoes:
    @pytest.mark.parametrize(
        "argv",
        [*EXAMPLES[:4], ("authority", "Caerdyd"), ("deadline", "2021-11-15"), ("authority",)],
        ids=" ".join,
    )
    def test_before_or_after_the_subcommand(self, argv):
        """`--lang cy` before the subcommand gives the same as after it."""
        assert run("--lang", "cy", *argv) == run(*argv, "--lang", "cy")
        assert run("--lang=cy", *argv) == run(*argv, "--lang", "cy")

    @pytest.mark.parametrize("command", SUBCOMMANDS)
    def test_help_before_or_after(self, command):
        """A subcommand's help is the same with `--lang cy` before or after it."""
        first = run("--lang", "cy", command, "--help")
        assert first == run(command, "--help", "--lang", "cy")
        assert first[1].startswith(f"defnydd: carewales {command}")

    def test_last_lang_wins(self):
        """With --lang given twice, the last one counts, as argparse has it."""
        assert run("--lang", "en", "authorities", "--lang", "cy") == run("authorities", "--lang=cy")
        assert run("--lang", "cy", "authorities", "--lang", "en") == run("authorities")

    def test_english_help_lists_lang(self):
        """The English help lists --lang for the command as a whole, and stays English."""
        status, out, _ = run("--help")
        assert status == 0
        assert out.startswith("usage: carewales [-h] [--version] [--lang {en,cy}]")
        assert "language of the output" in out


class TestDefaultLanguage:
    welsh = run("authority", "Conwy", "--lang", "cy")
    english = run("authority", "Conwy")

    def test_english_without_settings(self):
        """With no --lang, no CAREWALES_LANG and no Welsh locale, the output is English."""
        assert self.english[1].startswith("Conwy (W06000003)\nCouncil: Conwy County Borough")
        assert run("authority", "Conwy", environ={"LANG": "en_GB.UTF-8"}) == self.english

    @pytest.mark.parametrize(
        "environ",
        [
            {"CAREWALES_LANG": "cy"},
            {"CAREWALES_LANG": " CY "},
            {"LANG": "cy_GB.UTF-8"},
            {"LC_MESSAGES": "cy_GB", "LANG": "en_GB.UTF-8"},
            {"LC_ALL": "cy", "LANG": "en_GB.UTF-8"},
            {"CAREWALES_LANG": "cy", "LANG": "en_GB.UTF-8"},
            {"CAREWALES_LANG": "", "LANG": "cy_GB.UTF-8"},
        ],
    )
    def test_welsh_from_the_environment(self, environ):
        """CAREWALES_LANG, then the locale (LC_ALL, LC_MESSAGES, LANG), choose Welsh."""
        assert run("authority", "Conwy", environ=environ) == self.welsh

    @pytest.mark.parametrize(
        "environ",
        [
            {"CAREWALES_LANG": "en", "LANG": "cy_GB.UTF-8"},
            {"LC_ALL": "C", "LANG": "cy_GB.UTF-8"},
            {"LANG": "cym"},
        ],
    )
    def test_english_from_the_environment(self, environ):
        """CAREWALES_LANG=en beats a Welsh locale; the first locale variable set decides."""
        assert run("authority", "Conwy", environ=environ) == self.english

    def test_lang_overrides_the_environment(self):
        """--lang beats CAREWALES_LANG and the locale, either way."""
        environ = {"CAREWALES_LANG": "cy", "LANG": "cy_GB.UTF-8"}
        assert run("authority", "Conwy", "--lang", "en", environ=environ) == self.english
        assert run("--lang", "cy", "authority", "Conwy", environ={"CAREWALES_LANG": "en"}) == (
            self.welsh
        )

    def test_welsh_help_from_the_environment(self):
        """The help follows CAREWALES_LANG too."""
        status, out, _ = run("--help", environ={"CAREWALES_LANG": "cy"})
        assert status == 0
        assert out.startswith("defnydd: carewales")

    def test_invalid_environment_variable(self):
        """A CAREWALES_LANG that is neither en nor cy is refused in both languages."""
        status, out, err = run("authorities", environ={"CAREWALES_LANG": "fr"})
        assert status == 2
        assert not out
        assert err == (
            "carewales: error: CAREWALES_LANG ('fr') must be en (English) or cy (Welsh, Cymraeg).\n"
            "carewales: gwall: CAREWALES_LANG ('fr'): rhaid i’r gwerth fod yn en (Saesneg) "
            "neu cy (Cymraeg).\n"
        )

    def test_lang_overrides_an_invalid_environment_variable(self):
        """With --lang given, a wrong CAREWALES_LANG does not matter."""
        assert run("authority", "Conwy", "--lang", "cy", environ={"CAREWALES_LANG": "fr"}) == (
            self.welsh
        )

    def test_invalid_lang_in_the_locales_language(self):
        """A wrong --lang is refused by the parser, in the language of the locale."""
        status, _, err = run("authorities", "--lang", "fr", environ={"LANG": "cy_GB.UTF-8"})
        assert status == 2
        assert err.startswith("carewales: gwall: carewales authorities: opsiwn --lang: ")
        status, _, err = run("authorities", "--lang", "fr", environ={"CAREWALES_LANG": "xx"})
        assert status == 2
        assert err == (
            "carewales: error: carewales authorities: argument --lang: invalid choice: 'fr' "
            "(choose from 'en', 'cy')\n"
        )

    @pytest.mark.parametrize(
        "argv",
        [["authorities", "--lang", "xx"], ["--lang", "xx", "authorities"]],
    )
    def test_invalid_lang_in_the_environment_variables_language(self, argv):
        """CAREWALES_LANG, which outranks the locale, also sets the language of --lang's error."""
        status, _, err = run(*argv, environ={"CAREWALES_LANG": "cy", "LANG": "en_GB.UTF-8"})
        assert status == 2
        assert err.startswith("carewales: gwall: carewales")
        assert "opsiwn --lang: dewis annilys: 'xx' (dewiswch o blith 'en', 'cy')" in err
        status, _, err = run(*argv, environ={"CAREWALES_LANG": "en", "LANG": "cy_GB.UTF-8"})
        assert status == 2
        assert "argument --lang: invalid choice: 'xx'" in err

    @given(
        st.lists(
            st.tuples(st.booleans(), st.sampled_from(["en", "cy"]), st.booleans()),
            min_size=1,
            max_size=4,
        )
    )
    def test_choice_matches_the_parser(self, placed):
        """The language chosen before parsing is the one argparse ends up with: the last."""
        before = [([f"--lang={v}"] if eq else ["--lang", v]) for first, v, eq in placed if first]
        after = [([f"--lang={v}"] if eq else ["--lang", v]) for first, v, eq in placed if not first]
        argv = [word for pair in before for word in pair] + ["authorities"]
        argv += [word for pair in after for word in pair]
        chosen = choose(argv, {"CAREWALES_LANG": "xx"})
        assert build_parser(chosen).parse_args(argv).lang == chosen.value


class TestChoosing:
    def test_given(self):
        """--lang, --lang=, abbreviations; nothing after --, nor a --lang without a value."""
        assert given_lang(["--lang"]) is None
        assert given_lang(["--", "--lang", "cy"]) is None
        assert given_lang(["--l", "cy"]) == "cy"
        assert given_lang(["--la=en"]) == "en"
        assert given_lang(["--languages", "cy"]) is None
        assert given_lang(["-l", "cy"]) is None

    def test_locale(self):
        """Only a locale of the Welsh language is Welsh."""
        assert from_locale({}) is Language.EN
        assert from_locale({"LANG": "cy_GB@euro"}) is Language.CY
        assert from_locale({"LANG": "cy-GB"}) is Language.CY
        assert from_locale({"LANG": "cs_CZ.UTF-8"}) is Language.EN

    def test_invalid_environment_raises(self):
        """choose() raises the library's error, with its Welsh, for a wrong CAREWALES_LANG."""
        with pytest.raises(InvalidFieldError) as info:
            choose([], {"CAREWALES_LANG": "Welsh"})
        assert info.value.cy is not None
        assert "CAREWALES_LANG" in info.value.cy


class TestArgparseWords:
    @pytest.mark.parametrize(
        ("english", "welsh"),
        [
            ("expected one argument", "disgwylid un ymresymiad"),
            ("expected at most one argument", "disgwylid un ymresymiad ar y mwyaf"),
            ("expected at least one argument", "disgwylid un ymresymiad o leiaf"),
            ("expected 2 arguments", "disgwylid 2 ymresymiad"),
            ("not allowed with argument --months", "ni chaniateir gyda’r opsiwn --months"),
            ("not allowed with argument FFEIL", "ni chaniateir gyda’r ymresymiad FFEIL"),
            ("one of the arguments FFEIL --example is required", "mae angen un o’r ymresymiadau"),
            ("ambiguous option: --f could match --from, --format", "opsiwn amwys: gallai --f"),
            ("invalid int value: 'two'", "gwerth annilys: 'two' (disgwylid rhif cyfan)"),
            ("invalid float value: 'x'", "gwerth annilys: 'x' (disgwylid rhif)"),
            ("invalid str.lower value: 'x'", "gwerth annilys: 'x' (disgwylid str.lower)"),
            ("ignored explicit argument 'yes'", "anwybyddwyd yr ymresymiad penodol 'yes'"),
            ("unrecognized arguments: --bogus", "ymresymiadau anhysbys: --bogus"),
            ("the following arguments are required: key, command", "mae angen yr ymresymiadau"),
            ("something argparse may say one day", "something argparse may say one day"),
        ],
    )
    def test_each_message(self, english, welsh):
        """Each of argparse's messages has its Welsh; an unknown one is left as it is."""
        assert welsh_argparse(english).startswith(welsh)
        assert welsh_argparse(f"argument X: {english}").startswith("ymresymiad X: ")
        assert welsh_argparse(f"argument --x: {english}").startswith("opsiwn --x: ")

    def test_required_names_in_welsh(self):
        """argparse's name for the subcommand, "command", is Welsh too."""
        assert welsh_argparse("the following arguments are required: key, command") == (
            "mae angen yr ymresymiadau hyn: key, gorchymyn"
        )


class TestEncodings:
    def test_ascii_stdout_does_not_crash(self, monkeypatch):
        """Standard output that cannot hold Welsh letters gets escapes, not a traceback."""
        raw = io.BytesIO()
        stream = io.TextIOWrapper(raw, encoding="ascii")
        monkeypatch.setattr(sys, "stdout", stream)
        monkeypatch.setattr(sys, "stderr", io.TextIOWrapper(io.BytesIO(), encoding="ascii"))
        assert main(["--lang", "cy", "bank-holidays", "2024"], environ={}) == 0
        stream.flush()
        assert b"Dydd Calan" in raw.getvalue()
        assert b"G\\u0175yl banc" in raw.getvalue()

    def test_tolerant_leaves_chosen_handlers(self):
        """A stream whose errors handler the user chose (or that is not a file) is left alone."""
        chosen = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="replace")
        assert tolerant(chosen).errors == "replace"
        plain = io.StringIO()
        assert tolerant(plain) is plain

    def test_python_io_encoding_ascii(self):
        """`PYTHONIOENCODING=ascii carewales --lang cy ...` exits 0 with escapes."""
        done = subprocess.run(
            [sys.executable, "-m", "carewales", "--lang", "cy", "authority", "Ynys Môn"],
            capture_output=True,
            check=False,
            env={"PYTHONIOENCODING": "ascii", "PATH": ""},
        )
        assert done.returncode == 0, done.stderr
        assert b"Traceback" not in done.stderr
        assert b"Ynys M\\xf4n" in done.stdout


class TestOwnWords:
    def test_no_welsh_leaks_into_argparse(self):
        """Building and running the Welsh parser leaves argparse English for everyone else."""
        run("--lang", "cy", "authority", "--bogus")
        build_parser("cy").format_help()
        other = argparse.ArgumentParser(prog="other")
        other.add_argument("thing")
        assert other.format_help().startswith("usage: other [-h] thing")
        assert "show this help message and exit" in other.format_help()
        assert build_parser().format_help().startswith("usage: carewales")

    def test_help_outside_main_goes_where_asked(self):
        """Outside main(), a parser's help goes to the file it is given, as argparse's does."""
        buffer = io.StringIO()
        build_parser("cy").print_help(buffer)
        assert buffer.getvalue().startswith("defnydd: carewales")

    def test_encoding_hint_in_welsh(self, tmp_path):
        """A file that is not UTF-8 is refused naming --encoding, in Welsh too."""
        path = tmp_path / "excel.csv"
        path.write_bytes("Authority,Count,Population\nYnys Môn,97,13500\n".encode("cp1252"))
        status, out, err = run("rates", str(path), "--lang", "cy")
        assert status == 2
        assert not out
        assert err == (
            "carewales: gwall: 'source': ni ellir ei darllen fel testun utf-8-sig: beit annilys "
            "0xf4 yn safle 33; rhowch yr amgodiad, fel --encoding cp1252.\n"
        )
        assert_welsh(("rates", str(path)), out, err)

    def test_text_standard_input(self, monkeypatch):
        """Standard input that has no bytes underneath (a text stream) is read as it is."""
        monkeypatch.setattr(sys, "stdin", io.StringIO("authority,count,population\nPowys,1,100\n"))
        status, out, _ = run("rates", "-", "--lang", "cy")
        assert status == 0
        assert "Powys" in out

    @pytest.mark.parametrize(
        ("argv", "welsh"),
        [
            (("inspection", "{dir}"), "'FFEIL' ('{dir}'): ni ellir ei darllen: "),
            (("parenting", "{dir}", "--year", "2023"), "'FFEIL' ('{dir}'): ni ellir ei darllen: "),
            (
                ("rates", "--example", "--plot", "{dir}/no/such/dir/p.svg"),
                "'--plot' ('{dir}/no/such/dir/p.svg'): ni ellir ysgrifennu iddo: nid yw’n bodoli.",
            ),
        ],
    )
    def test_file_errors_in_welsh(self, tmp_path, argv, welsh):
        """A file that cannot be read or written is refused in Welsh, the reason too."""
        status, _, err = run("--lang", "cy", *(word.format(dir=tmp_path) for word in argv))
        assert status == 2
        assert err.startswith("carewales: gwall: " + welsh.format(dir=tmp_path))
        assert_welsh(argv, "", err)
