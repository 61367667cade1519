"""The compliance report: every duty's results for a council over a period, in English or Welsh.

>>> from carewales.parenting import EXAMPLE_PERIOD, example_records
>>> report = compliance_report(example_records(), EXAMPLE_PERIOD)
>>> print(report.render("en", format="text").splitlines()[1])
Council: Wrexham County Borough Council (W06000006)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import ClassVar, Final

import attrs

from .. import _validators as v
from .._deprecation import warn_renamed
from ..authorities import Authority
from ..errors import DutyError
from ..text import Bilingual, Format, Language, format_date
from ..welsh import in_sentence
from ._common import EARLIEST_DATE, LATEST_DATE, fail, optional
from .catalogue import DUTIES, Duty
from .compliance import ComplianceResult, ComplianceStatus, assess, check_arguments, horizon
from .records import CouncilRecords, Period

__all__ = ["ComplianceReport", "compliance_report"]

_TEXT: Final = {
    "title": Bilingual(
        "Corporate parenting: compliance report", "Rhianta corfforaethol: adroddiad cydymffurfio"
    ),
    "council": Bilingual("Council", "Cyngor"),
    "period": Bilingual("Period", "Cyfnod"),
    "as-of": Bilingual("Assessed as of", "Aseswyd ar"),
    "summary": Bilingual("Summary", "Crynodeb"),
    "standing": Bilingual("Standing", "Statws"),
    "holder": Bilingual("Owed by", "Yn ddyledus gan"),
    "target": Bilingual("Target", "Targed"),
    "source": Bilingual("Source", "Ffynhonnell"),
    "context": Bilingual("See also", "Gweler hefyd"),
    "reading": Bilingual("Interpretation", "Dehongliad"),
    "evidence": Bilingual("Evidence", "Tystiolaeth"),
    "nobody": Bilingual(
        "No duty-holders in this period.", "Dim deiliaid dyletswydd yn y cyfnod hwn."
    ),
    "who": Bilingual("Duty-holder", "Deiliad y ddyletswydd"),
    "status": Bilingual("Status", "Statws"),
    "progress": Bilingual("Progress", "Cynnydd"),
    "note": Bilingual("Note", "Nodyn"),
    "footer": Bilingual(
        "Duties marked as recommended practice come from a proposal by Leicestershire Cares to "
        "the Independent Review of Children's Social Care in England: they are not law in Wales "
        "or in England. Statutory duties are summarised; the legislation itself is authoritative.",
        "Daw’r dyletswyddau a nodir fel arfer a argymhellir o gynnig gan Leicestershire Cares i’r "
        "Adolygiad Annibynnol o Ofal Cymdeithasol Plant yn Lloegr: nid ydynt yn gyfraith yng "
        "Nghymru nac yn Lloegr. Crynodeb yw’r dyletswyddau statudol; y ddeddfwriaeth ei hun sy’n "
        "awdurdodol.",
    ),
}


@attrs.frozen
class ComplianceReport:
    """A council's compliance with a set of duties over a period, renderable in English and Welsh.

    Raises:
        DutyError: if two duties share a key or a result names a duty not in the report.

    >>> from carewales.parenting import EXAMPLE_PERIOD, example_records
    >>> report = compliance_report(example_records(), EXAMPLE_PERIOD)
    >>> report.summary()[ComplianceStatus.MET]
    7
    >>> print(report.render("cy", format="text").splitlines()[0])
    Rhianta corfforaethol: adroddiad cydymffurfio
    """

    _WHAT: ClassVar[str] = "report"
    _WHAT_CY: ClassVar[str] = "adroddiad"

    authority: Authority = attrs.field(validator=v.instance(Authority, error=DutyError))
    period: Period = attrs.field(validator=v.instance(Period, error=DutyError))
    duties: tuple[Duty, ...] = attrs.field(
        converter=v.to_tuple,
        validator=v.tuple_of(v.instance(Duty, error=DutyError), unique=True, error=DutyError),
    )
    results: tuple[ComplianceResult, ...] = attrs.field(
        converter=v.to_tuple,
        validator=v.tuple_of(v.instance(ComplianceResult, error=DutyError), error=DutyError),
    )
    as_of: dt.date | None = attrs.field(
        default=None, validator=optional(v.date(EARLIEST_DATE, LATEST_DATE))
    )
    description: Bilingual | None = attrs.field(
        default=None, validator=optional(v.instance(Bilingual, error=DutyError))
    )

    def __attrs_post_init__(self) -> None:
        """Check that duty keys are unique and every result belongs to a duty in the report."""
        keys = [d.key for d in self.duties]
        if len(set(keys)) != len(keys):
            text = f"'duties' ({keys!r}) must not list a duty key twice."
            cy = f"'duties' ({keys!r}): {v.MUST_NOT} rhestru allwedd dyletswydd ddwywaith."
            fail(self, text, DutyError, cy=cy)
        for result in self.results:
            if result.duty not in keys:
                text = f"a result names the duty {result.duty!r}, which is not in 'duties'."
                cy = f"mae canlyniad yn enwi’r ddyletswydd {result.duty!r}, nad yw yn 'duties'."
                fail(self, text, DutyError, cy=cy)

    def results_for(self, key: str) -> tuple[ComplianceResult, ...]:
        """Return the results for the duty with *key*, in order."""
        return tuple(r for r in self.results if r.duty == key)

    def summary(self) -> dict[ComplianceStatus, int]:
        """Count the results by status (every status is present, perhaps with 0)."""
        counts = dict.fromkeys(ComplianceStatus, 0)
        for result in self.results:
            counts[result.status] += 1
        return counts

    def render(
        self,
        lang: Language | str = Language.EN,
        *,
        format: Format | str = Format.MARKDOWN,  # noqa: A002 (the one name every render uses)
        fmt: Format | str | None = None,
    ) -> str:
        """Write the report in *lang* as Markdown or plain text.

        Args:
            lang: ``"en"`` or ``"cy"``.
            format: :attr:`Format.MARKDOWN <carewales.text.Format.MARKDOWN>` (the default)
                or :attr:`Format.TEXT <carewales.text.Format.TEXT>`, or their values
                ``"markdown"`` and ``"text"``.
            fmt: the 0.1 name of *format*; deprecated (it warns), removed in 0.3.

        Raises:
            InvalidChoiceError: for any other format.
            UnknownLanguageError: for any other language.

        >>> from carewales.parenting import EXAMPLE_PERIOD, example_records
        >>> report = compliance_report(example_records(), EXAMPLE_PERIOD)
        >>> print(report.render("cy").splitlines()[0])
        # Rhianta corfforaethol: adroddiad cydymffurfio
        """
        if fmt is not None:
            warn_renamed("ComplianceReport.render(fmt=...)", "ComplianceReport.render(format=...)")
            format = fmt  # noqa: A001
        chosen = Format.parse(format)
        language = Language.parse(lang)
        if chosen is Format.TEXT:
            return _render_text(self, language)
        return _render_markdown(self, language)

    def _heading(self, lang: Language) -> list[tuple[str, str]]:
        rows = [
            (
                _TEXT["council"].in_(lang),
                f"{self.authority.council.in_(lang)} ({self.authority.code})",
            ),
            (_TEXT["period"].in_(lang), self.period.label.in_(lang)),
        ]
        if self.as_of is not None:
            rows.append((_TEXT["as-of"].in_(lang), format_date(self.as_of, lang)))
        counts = "; ".join(f"{s.label.in_(lang)}: {n}" for s, n in self.summary().items())
        rows.append((_TEXT["summary"].in_(lang), counts))
        return rows


def _duty_rows(item: Duty, lang: Language) -> list[tuple[str, str]]:
    rows = [
        (_TEXT["standing"].in_(lang), item.standing.label.in_(lang)),
        (_TEXT["holder"].in_(lang), _holder_text(item, lang)),
        (_TEXT["target"].in_(lang), item.target_text(lang)),
        (_TEXT["source"].in_(lang), item.source.cite(lang)),
    ]
    if item.context:
        rows.append((_TEXT["context"].in_(lang), "; ".join(s.cite(lang) for s in item.context)))
    if item.interpretation is not None:
        rows.append((_TEXT["reading"].in_(lang), item.interpretation.in_(lang)))
    return rows


def _holder_text(item: Duty, lang: Language) -> str:
    named = [r.label.in_(lang) for r in item.roles] + [c.label.in_(lang) for c in item.categories]
    if lang is Language.CY:  # Welsh writes common nouns in lower case mid-sentence
        named = [in_sentence(name) for name in named]
    text = item.holder.label.in_(lang)
    return f"{text} ({', '.join(named)})" if named else text


def _render_text(report: ComplianceReport, lang: Language) -> str:
    lines = [_TEXT["title"].in_(lang)]
    lines += [f"{name}: {value}" for name, value in report._heading(lang)]  # noqa: SLF001
    if report.description is not None:
        lines.append(report.description.in_(lang))
    for number, item in enumerate(report.duties, start=1):
        lines += ["", f"{number}. {item.title.in_(lang)}"]
        lines += [f"   {name}: {value}" for name, value in _duty_rows(item, lang)]
        results = report.results_for(item.key)
        lines += [f"   - {r.describe(lang)}{_evidence_text(r, lang)}" for r in results]
        if not results:
            lines.append(f"   - {_TEXT['nobody'].in_(lang)}")
    lines += ["", _TEXT["footer"].in_(lang)]
    return "\n".join(lines)


def _evidence_text(result: ComplianceResult, lang: Language) -> str:
    if not result.evidence:
        return ""
    return f" {_TEXT['evidence'].in_(lang)}: {', '.join(result.evidence)}."


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _render_markdown(report: ComplianceReport, lang: Language) -> str:
    lines = [f"# {_TEXT['title'].in_(lang)}", ""]
    lines += [f"- **{name}:** {_cell(value)}" for name, value in report._heading(lang)]  # noqa: SLF001
    if report.description is not None:
        lines += ["", f"_{_cell(report.description.in_(lang))}_"]
    heads = [_TEXT[k].in_(lang) for k in ("who", "status", "progress", "evidence", "note")]
    for number, item in enumerate(report.duties, start=1):
        lines += ["", f"## {number}. {_cell(item.title.in_(lang))}", ""]
        lines += [f"- **{name}:** {_cell(value)}" for name, value in _duty_rows(item, lang)]
        lines.append("")
        results = report.results_for(item.key)
        if not results:
            lines.append(_TEXT["nobody"].in_(lang))
            continue
        lines += ["| " + " | ".join(heads) + " |", "|" + " --- |" * len(heads)]
        lines += [
            "| "
            + " | ".join(
                _cell(cell)
                for cell in (
                    r.holder_label.in_(lang),
                    r.status.label.in_(lang),
                    "–" if r.status is ComplianceStatus.NOT_ASSESSED else r.progress(lang),
                    ", ".join(r.evidence) or "–",
                    "–" if r.note is None else r.note.in_(lang),
                )
            )
            + " |"
            for r in results
        ]
    lines += ["", f"_{_TEXT['footer'].in_(lang)}_"]
    return "\n".join(lines)


def compliance_report(
    records: CouncilRecords,
    period: Period,
    *,
    duties: Iterable[Duty] | None = None,
    as_of: dt.date | None = None,
) -> ComplianceReport:
    """Assess every duty (the whole catalogue by default) and gather the results in a report.

    Args:
        records: the council's records.
        period: the reporting period (at most a year).
        duties: the duties to assess; if ``None``, every duty of the catalogue
            (:func:`~carewales.parenting.duties`) in force throughout the period (the
            Welsh statutory duties apply from 6 April 2016).
        as_of: the day of the assessment (see :func:`~carewales.parenting.assess`).

    Raises:
        FutureRecordError, DateRangeError, InvalidFieldError: as
            :func:`~carewales.parenting.assess` does.
        UnsupportedDateError: if a duty given in *duties* was not in force throughout
            the period.

    >>> from carewales.parenting import EXAMPLE_PERIOD, duty, example_records
    >>> report = compliance_report(
    ...     example_records(), EXAMPLE_PERIOD, duties=[duty("tender-provision")]
    ... )
    >>> [r.status.value for r in report.results]
    ['met', 'not-met']
    """
    check_arguments(records, period)
    horizon(records, period, as_of)  # checked even when no duty is chosen
    chosen = (
        tuple(d for d in DUTIES() if d.in_force(period.start, period.end))
        if duties is None
        else _chosen(duties)
    )
    results = [r for item in chosen for r in assess(item, records, period, as_of=as_of)]
    return ComplianceReport(
        records.authority, period, chosen, tuple(results), as_of, records.description
    )


def _chosen(duties: object) -> tuple[Duty, ...]:
    if isinstance(duties, (str, bytes)) or not isinstance(duties, Iterable):
        rule = "must be a list of duties, or None"
        v.fail(None, "duties", duties, rule, cy=f"{v.MUST_BE} rhestr o ddyletswyddau, neu None")
    chosen = tuple(duties)
    for index, item in enumerate(chosen):
        v.instance(Duty).check(None, f"duties[{index}]", item)
    return chosen
