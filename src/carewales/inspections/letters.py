"""Letters: an inspection written out in English or Welsh, from its data alone."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from .. import _validators as v
from ..errors import InvalidChoiceError
from ..text import Bilingual, Format, Language, format_date
from ..welsh import count, h_prothesis, in_sentence, soft, yn

if TYPE_CHECKING:
    from .model import ImprovementPlan, Inspection, Judgement

__all__ = ["render"]

#: Welsh words that open a verb-phrase label ("Rhaid gwella", "Angen gwella"): not adjectives.
_MODALS = frozenset({"rhaid", "angen"})

_HEADINGS = {
    "findings": Bilingual("Findings", "Canfyddiadau"),
    "priorities": Bilingual("Priorities for improvement", "Blaenoriaethau ar gyfer gwelliant"),
    "next": Bilingual("Next steps", "Y camau nesaf"),
    "ratings": Bilingual("Ratings", "Graddau"),
}


def title(item: Inspection, lang: Language) -> str:
    """The letter's title: the report's own, or one written from the kind and the council."""
    if item.title is not None:
        return item.title.in_(lang)
    kind = in_sentence(item.kind.label.in_(lang))
    council = item.authority.council.in_(lang)
    if lang is Language.CY:
        return f"Llythyr parthed {kind} yn awdurdod lleol {council}"
    return f"Letter regarding {kind} in the local authority {council}"


def _intro(item: Inspection, lang: Language) -> str:
    kind = in_sentence(item.kind.label.in_(lang))
    when = item.fieldwork.describe(lang)
    if lang is Language.CY:
        return f"Mae’r llythyr hwn yn crynhoi canfyddiadau ein {h_prothesis(kind)} {when}."
    return f"This letter summarises the findings of our {kind} {when}."


def _follows(item: Inspection, lang: Language) -> list[str]:
    sentences = []
    for reference in item.follows:
        kind = in_sentence(reference.kind.label.in_(lang))
        when = reference.when.describe(lang)
        if lang is Language.CY:
            text = f"Mae’n dilyn ymlaen o’n {h_prothesis(kind)} {when}"  # o + ein = o’n
            if reference.judgement is not None and reference.judgement.level is not None:
                text += f", a ganfu {_found_cy(reference.judgement)}"
        else:
            text = f"It follows on from our {kind} {when}"
            if reference.judgement is not None and reference.judgement.level is not None:
                text += f", which found services to be {reference.judgement.describe(lang)}"
        sentences.append(text + ".")
    return sentences


def _found_cy(judgement: Judgement) -> str:
    """What an earlier activity found, after "a ganfu" (which found), in Welsh.

    A level is an adjective after predicative "yn", lower-case and mutated ("bod
    gwasanaethau yn dda", "yn ddigonol", "yn rhagorol"); a label that is a verb phrase,
    such as CIW's "Rhaid gwella", becomes the clause CIW writes ("bod rhaid i wasanaethau
    wella", as in "Mae’n rhaid i wasanaethau plant Cyngor Sir Powys wella"); the report's
    own words (*text*) are kept as they are, "yn" added only when they lack it.

    >>> from carewales import Bilingual
    >>> from carewales.inspections import Judgement
    >>> _found_cy(Judgement(Bilingual("good", "Da")))
    'bod gwasanaethau yn dda'
    >>> _found_cy(Judgement(Bilingual("requires improvement", "Rhaid gwella")))
    'bod rhaid i wasanaethau wella'
    """
    said = judgement.describe(Language.CY)
    if judgement.text is None:  # a level (and direction), written as a label
        said = in_sentence(said)
    first, _, rest = said.partition(" ")
    if first.lower() in _MODALS and rest:
        return f"bod {first} i wasanaethau {soft(rest)}"
    return f"bod gwasanaethau {said if first.lower() == 'yn' else yn(said)}"


def _plan_sentence(item: Inspection, plan: ImprovementPlan, lang: Language) -> str:
    council = item.authority.council.in_(lang)
    due = item.plan_due
    if lang is Language.CY:
        # "i" (to) soft-mutates what follows: i Gyngor Sir Powys.
        text = (
            f"Mae disgwyl i {soft(council)} greu cynllun gwella o fewn "
            f"{count(plan.working_days, 'diwrnod gwaith')} i’r cyhoeddiad"
        )
        return text + (f", sef erbyn {format_date(due, lang)}." if due else ".")
    text = (
        f"{council} is expected to produce an improvement plan within {plan.working_days} "
        "working days of publication"
    )
    return text + (f", that is by {format_date(due, lang)}." if due else ".")


def _heading(text: str, level: int, form: Format) -> list[str]:
    if form is Format.MARKDOWN:
        return [f"{'#' * level} {text}", ""]
    return [text, ("=" if level == 1 else "-") * len(text), ""]


def parse_format(value: object) -> Format:  # noqa: RET503 (v.fail never returns)
    """Return the :class:`~carewales.text.Format` for a member or its value, in any case.

    Raises:
        InvalidChoiceError: naming the value and the formats there are.
    """
    if isinstance(value, Format):
        return value
    if isinstance(value, str):
        for member in Format:
            if member.value == value.strip().lower():
                return member
    allowed = ", ".join(repr(m.value) for m in Format)
    v.fail(
        None,
        "format",
        value,
        f"must be a Format or one of {allowed}",
        InvalidChoiceError,
        cy=f"rhaid iddo fod yn Format neu’n un o {allowed}",
    )


def letter(item: Inspection, lang: Language | str, format: Format | str) -> str:  # noqa: A002
    """Write *item* as a letter (the body of :meth:`Inspection.render`)."""
    language = Language.parse(lang)
    form = parse_format(format)
    bullet = "-" if form is Format.MARKDOWN else "•"
    lines = _heading(title(item, language), 1, form)
    lines += [_intro(item, language), ""]
    if item.published is not None:
        published = format_date(item.published, language)
        lines += [
            f"Cyhoeddwyd: {published}" if language is Language.CY else f"Published: {published}",
            "",
        ]
    for sentence in itertools.chain(
        _follows(item, language), (s.in_(language) for s in item.summary)
    ):
        lines += [sentence, ""]
    if item.judgement is not None and item.judgement.text is None:
        lines += [item.judgement.describe(language), ""]
    if item.ratings:
        lines += _heading(_HEADINGS["ratings"].in_(language), 2, form)
        lines += [f"{bullet} {r.describe(language)}" for r in item.ratings] + [""]
    sections = [
        ("findings", [f.text.in_(language) for f in item.findings]),
        ("priorities", [p.text.in_(language) for p in item.priorities]),
    ]
    steps = [s.in_(language) for s in item.next_steps]
    if item.improvement_plan is not None:
        # The sentence that sets the plan introduces it: it comes before the first step
        # that speaks of "the plan" (as in seed 004), else last.  Read in English, so that
        # both languages put it in the same place.
        at = next((i for i, s in enumerate(item.next_steps) if "plan" in s.en.lower()), len(steps))
        steps.insert(at, _plan_sentence(item, item.improvement_plan, language))
    sections.append(("next", steps))
    for key, entries in sections:
        if entries:
            lines += _heading(_HEADINGS[key].in_(language), 2, form)
            lines += [f"{bullet} {entry}" for entry in entries] + [""]
    return "\n".join(lines).rstrip() + "\n"


def render(
    item: Inspection,
    lang: Language | str = Language.EN,
    format: Format | str = Format.MARKDOWN,  # noqa: A002 (the issue names it)
) -> str:
    """Write an inspection as a letter: the same as ``item.render(lang, format=format)``.

    Kept from 0.1, where letters were written by this function; the top-level
    :func:`carewales.render` calls it.  See :meth:`Inspection.render`.

    Args:
        item: the inspection.
        lang: English or Welsh.
        format: a :class:`~carewales.text.Format`, or ``"markdown"`` or ``"text"``.

    Raises:
        InvalidFieldError: if *item* is not an :class:`Inspection`.
        UnknownLanguageError: for a language other than English or Welsh.
        InvalidChoiceError: for an unknown format.

    >>> from carewales.inspections import example
    >>> print(render(example("wrexham-2021"), "cy").splitlines()[2])
    Mae’r llythyr hwn yn crynhoi canfyddiadau ein gweithgarwch monitro rhwng 15 ac 19 Tachwedd 2021.
    """
    from .model import Inspection

    v.instance(Inspection).check(None, "item", item)
    return item.render(lang, format=format)
