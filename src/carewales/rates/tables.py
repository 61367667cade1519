"""Tables of authorities' rates: rows, the table, its summary, comparisons and change.

>>> table = _example()
>>> print(table.render(format="text").splitlines()[0])
Rates per 10,000, with 95% confidence limits
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Mapping
from fractions import Fraction
from typing import IO, Any

import attrs

from .. import _validators as v
from .. import serial as _serial
from ..authorities import Authority, authority
from ..errors import InvalidRateError, SuppressedValueError, UnknownAuthorityError
from ..text import BilingualEnum, Format, Language
from . import _render
from .changes import RateChange
from .core import (
    METHOD,
    PER,
    SUPPRESSION_SYMBOLS,
    SYMBOLS_IN_WORDS,
    Rate,
    RateMethod,
    Suppressed,
    confidence_validator,
    finite_number,
    round_half_away,
    to_method,
    to_real,
    whole_number,
)
from .funnels import FunnelKind, FunnelLimits, FunnelSignificance
from .summary import WELSH_AUTHORITIES, RateSummary

__all__ = [
    "CSV_FIELDS",
    "Comparison",
    "RateRow",
    "RateTable",
]


#: The columns :meth:`RateTable.to_csv` writes: the JSON documents' field names.
CSV_FIELDS = (
    "authority",
    "authority_name",
    "count",
    "population",
    "value",
    "lower",
    "upper",
    "per",
    "confidence",
    "method",
    "period",
)


def _number(value: float | Fraction, places: int | None) -> str:
    """Full precision (the shortest text of the float), or rounded to *places*."""
    if places is None:
        return repr(float(value))
    return str(round_half_away(value, places))


class Comparison(BilingualEnum):
    """An authority's rate against the national value, by whether its interval contains it.

    Non-overlap of the national value with the authority's confidence interval
    is how Welsh and UK official statistics usually mark a difference as
    significant; it is a comparison with a single value, not a test between
    two uncertain rates.

    >>> Comparison.HIGHER.label.cy
    'Yn sylweddol uwch'
    """

    HIGHER = "higher", "Significantly higher", "Yn sylweddol uwch"
    SIMILAR = "similar", "Similar", "Tebyg"
    LOWER = "lower", "Significantly lower", "Yn sylweddol is"


# --------------------------------------------------------------------------- rows


def _to_authority(value: Authority | str) -> Authority:
    return authority(value, field="authority") if isinstance(value, str) else value


def _to_cell(value: int | Suppressed | str) -> int | Suppressed:
    """Turn a suppression symbol into :class:`Suppressed` and an integral number into an int."""
    if isinstance(value, str) and value.strip().lower() in SUPPRESSION_SYMBOLS:
        return Suppressed(value)
    return v.to_int(value)  # type: ignore[arg-type]  # anything else is left to the validator


def _cell(low: int) -> v.Check:
    number = whole_number(low)
    inner = attrs.validators.or_(attrs.validators.instance_of(Suppressed), number.inner)
    rule = f"{number.rule}, or a suppression symbol ({SYMBOLS_IN_WORDS})"
    rule_cy = f"{number.cy}, neu symbol atal ({SYMBOLS_IN_WORDS})"
    return v.Check(inner, rule, InvalidRateError, cy=rule_cy)


@attrs.frozen
class RateRow:
    """One authority's row in a published table: count and population, or suppressed cells.

    Attributes:
        authority: the local authority (a code or name is resolved).
        count: the count, or a :class:`Suppressed` cell (a symbol such as ``"*"`` is converted).
        population: the population, or a :class:`Suppressed` cell.

    Raises:
        UnknownAuthorityError: for an authority that is neither an
            :class:`~carewales.Authority` nor a code or name of one.
        InvalidRateError: for a count or population that is neither a whole
            number in range nor a suppression symbol, or a count above the population.

    >>> RateRow("Wrecsam", "[c]", 27_000).count
    Suppressed(symbol='[c]')
    """

    authority: Authority = attrs.field(
        converter=_to_authority,
        validator=v.instance(Authority, error=UnknownAuthorityError),
    )
    count: int | Suppressed = attrs.field(converter=_to_cell, validator=_cell(0))
    population: int | Suppressed = attrs.field(converter=_to_cell, validator=_cell(1))

    def __attrs_post_init__(self) -> None:
        """Check the count against the population when both are published."""
        count, population = self.count, self.population
        if isinstance(count, int) and isinstance(population, int) and count > population:
            rule = (
                f"must not be above 'population' ({population}): "
                "a rate counts members of the population"
            )
            rule_cy = (
                f"rhaid i’r gwerth beidio â bod yn uwch na 'population' ({population}): "
                "mae cyfradd yn cyfrif aelodau o’r boblogaeth"
            )
            v.fail(self, "count", count, rule, InvalidRateError, cy=rule_cy)

    @property
    def suppressed(self) -> Suppressed | None:
        """The suppressed cell (the count's first), or ``None`` if both are published."""
        for cell in (self.count, self.population):
            if isinstance(cell, Suppressed):
                return cell
        return None


def _row_rate(  # noqa: PLR0913 (the table's options, and where in both languages)
    row: RateRow,
    per: int,
    confidence: float,
    method: RateMethod,
    *,
    where: str = "",
    where_cy: str = "",
) -> Rate | Suppressed:
    """The row's rate, or its suppressed cell; an error names the authority (and *where*)."""
    cell = row.suppressed
    if cell is not None:
        return cell
    try:
        return Rate(
            row.count,  # type: ignore[arg-type]  # not suppressed: checked above
            row.population,  # type: ignore[arg-type]
            per=per,
            confidence=confidence,
            method=method,
        )
    except InvalidRateError as error:
        msg = f"{where}{row.authority.name.en} ({row.authority.code}): {error}"
        cy = f"{where_cy}{row.authority.name.cy} ({row.authority.code}): {error.message('cy')}"
        raise InvalidRateError(msg, cy=cy) from error


def _competition_ranks(values: list[tuple[int, Fraction]], *, descending: bool) -> dict[int, int]:
    """Standard competition ranks ("1, 2, 2, 4") of ``(key, value)`` pairs."""
    ordered = sorted(values, key=lambda item: item[1], reverse=descending)
    ranks: dict[int, int] = {}
    previous: Fraction | None = None
    current = 0
    for position, (key, value) in enumerate(ordered, start=1):
        if value != previous:
            current, previous = position, value
        ranks[key] = current
    return ranks


# --------------------------------------------------------------------------- tables


@attrs.frozen
class RateTable:
    """Rates for a set of Welsh local authorities for one period.

    Attributes:
        rows: one :class:`RateRow` per authority, each authority at most once
            (any iterable of rows is stored as a tuple).
        per: the multiplier of every rate.
        confidence: the confidence level of every interval.
        method: how the limits are computed (``"phe"`` by default; ``"wilson"``
            makes a table of percentages).
        period: a label for the period, such as ``"31 March 2012"``, or ``None``.

    Raises:
        InvalidRateError: for an empty table, a repeated authority, a row that
            is not a :class:`RateRow`, or a row whose numbers cannot make a rate
            (the message names the authority).
        InvalidTextError: for a period that is not a non-blank str.

    >>> table = _example()
    >>> table.rate("Casnewydd").describe()
    '166 per 10,000 (95% CI 152 to 181)'
    >>> table.suppressed_count
    0
    """

    rows: tuple[RateRow, ...] = attrs.field(
        converter=v.to_tuple_from_iterable,
        validator=v.tuple_of(
            v.instance(RateRow, error=InvalidRateError),
            min_size=1,
            max_size=WELSH_AUTHORITIES,
            error=InvalidRateError,
        ),
    )
    per: int = attrs.field(default=10_000, converter=v.to_int, validator=PER)
    confidence: float = attrs.field(default=0.95, converter=to_real, validator=confidence_validator)
    method: RateMethod = attrs.field(default=RateMethod.PHE, converter=to_method, validator=METHOD)
    period: str | None = attrs.field(default=None, validator=v.optional(v.text(max_length=200)))
    _rates: tuple[Rate | Suppressed, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        """Check each authority appears once; compute each row's rate, naming any that fails."""
        seen: dict[str, int] = {}
        for index, row in enumerate(self.rows):
            code = row.authority.code
            if code in seen:
                msg = (
                    f"RateTable: 'rows'[{index}] repeats {row.authority.name.en} ({code}), "
                    f"already in 'rows'[{seen[code]}]: each authority may appear once."
                )
                cy = (
                    f"RateTable: mae 'rows'[{index}] yn ailadrodd {row.authority.name.cy} "
                    f"({code}), sydd eisoes yn 'rows'[{seen[code]}]: un waith yn unig y caiff "
                    "pob awdurdod ymddangos."
                )
                raise InvalidRateError(msg, cy=cy)
            seen[code] = index
        rates = tuple(_row_rate(row, self.per, self.confidence, self.method) for row in self.rows)
        object.__setattr__(self, "_rates", rates)

    # ----------------------------------------------------------------- reading

    @classmethod
    def from_csv(  # noqa: PLR0913 (the issue fixes this signature; all but the first are keywords)
        cls,
        path_or_file: str | os.PathLike[str] | IO[str],
        *,
        count: str = "count",
        population: str = "population",
        authority: str = "authority",
        per: int = 10_000,
        confidence: float = 0.95,
        method: RateMethod | str = "phe",
        period: str | None = None,
        encoding: str | None = None,
        delimiter: str | None = None,
    ) -> RateTable:
        r"""Read a table from CSV: one row per authority, by code or English or Welsh name.

        This is :func:`~carewales.rates.read_csv`'s one table, for files that
        must be clean: it raises for the first row that ``read_csv`` would
        refuse, and ignores any period column.  Headings are matched as
        ``read_csv`` matches them (the defaults, ``"authority"``, ``"count"``
        and ``"population"``, find any heading it knows); total rows ("Wales",
        regions) are left out of the table.  Lines starting with ``#`` and blank
        lines are skipped.  Counts and populations are whole numbers, optionally
        with thousands separators (``"12,345"``), or suppression symbols
        (:data:`~carewales.rates.SUPPRESSION_SYMBOLS`).  A UTF-8 byte-order
        mark is ignored.

        Args:
            path_or_file: a path, an open text or binary file, or ``"-"`` for standard input.
            count: the heading of the count column.
            population: the heading of the population column.
            authority: the heading of the column naming the authority.
            per: the multiplier.
            confidence: the confidence level.
            method: ``"phe"``, ``"exact"``, ``"byar"`` or ``"wilson"``.
            period: a label for the period.
            encoding: the text encoding (by default UTF-8, with or without a byte-order mark).
            delimiter: the delimiter (by default sniffed among ``,`` ``;`` tab ``|``).

        Raises:
            InvalidRateError: for a missing column, a bad number or a bad row;
                the message names the line and column.
            UnknownAuthorityError: for a name that is no Welsh authority (with
                the line and column).

        >>> import io
        >>> text = '# Source: example\nawdurdod,plant,poblogaeth\nYnys Môn,"1,012",13500\n'
        >>> t = RateTable.from_csv(
        ...     io.StringIO(text), count="plant", population="poblogaeth", authority="awdurdod"
        ... )
        >>> t.rate("W06000001").count
        1012
        """
        from ._parse import from_csv

        return from_csv(
            path_or_file,
            authority=authority,
            count=count,
            population=population,
            per=per,
            confidence=confidence,
            method=method,
            period=period,
            encoding=encoding,
            delimiter=delimiter,
        )

    def to_csv(self, *, dp: int | None = None) -> str:
        """Write the table as machine-readable CSV, which :func:`~.read_csv` reads back.

        One row per authority: ``authority`` (the code, as in the JSON
        documents), ``authority_name``, ``count``, ``population``, ``value``,
        ``lower``, ``upper``, ``per``, ``confidence``, ``method`` and
        ``period``.  Numbers have no thousands separators and full precision
        (the shortest text that reads back as the same float) unless *dp* is
        given; a suppressed cell is its symbol, in every column it empties.

        Args:
            dp: decimal places of the value and limits (0 to 12), or ``None`` for full precision.

        >>> print(_example().to_csv(dp=1).splitlines()[1])
        W06000023,Powys,140,26400,53.0,44.6,62.6,10000,0.95,phe,
        """
        places = None if dp is None else int(round_half_away(0, dp).as_tuple().exponent) * -1
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_FIELDS)
        for row, item in zip(self.rows, self._rates, strict=True):
            if isinstance(item, Rate):
                figures = [_number(x, places) for x in (item.exact_value, item.lower, item.upper)]
            else:
                figures = [item.symbol] * 3
            writer.writerow(
                [
                    row.authority.code,
                    row.authority.name.en,
                    str(row.count),
                    str(row.population),
                    *figures,
                    self.per,
                    repr(self.confidence),
                    self.method.value,
                    self.period or "",
                ]
            )
        return out.getvalue()

    def to_frame(self) -> Any:  # noqa: ANN401 (a pandas DataFrame; pandas is optional)
        """Return the table as a pandas DataFrame (needs the ``pandas`` extra).

        One row per authority with the columns of :data:`~carewales.rates.CSV_FIELDS`: ``count``
        and ``population`` hold ints, or a suppressed cell's symbol (the column
        is then of ``object`` dtype); ``value``, ``lower`` and ``upper`` are
        floats at full precision (NaN where suppressed); ``per``,
        ``confidence``, ``method`` and ``period`` repeat the table's options, so
        :meth:`from_frame` rebuilds the same table.

        Raises:
            MissingExtraError: if pandas is not installed.

        >>> frame = _example().to_frame()
        >>> RateTable.from_frame(frame) == _example()
        True
        """
        from ._frames import to_frame

        return to_frame(self)

    @classmethod
    def from_frame(  # noqa: PLR0913 (the table's options, all keywords)
        cls,
        frame: Any,  # noqa: ANN401 (a pandas DataFrame; pandas is optional)
        *,
        authority: str | None = None,
        count: str | None = None,
        population: str | None = None,
        per: int | None = None,
        confidence: float | None = None,
        method: RateMethod | str | None = None,
        period: str | None = None,
    ) -> RateTable:
        """Build a table from a pandas DataFrame of one period (needs the ``pandas`` extra).

        Columns are found as :func:`~carewales.rates.read_csv` finds headings
        (so :meth:`to_frame`'s, English or Welsh ones, or those named here).
        Counts and populations are ints (numpy ints, and floats that are whole
        numbers, as a column with gaps holds them) or suppression symbols; a
        missing value is refused, since a gap is not a suppressed cell.  The
        options come from the arguments, else from the frame's ``per``,
        ``confidence``, ``method`` and ``period`` columns, else the defaults.

        Raises:
            MissingExtraError: if pandas is not installed.
            InvalidRateError: for something that is not a DataFrame, missing
                columns, a missing or bad cell (naming the row and column), or a
                frame of more than one period.
            UnknownAuthorityError: for an authority that is not Welsh.
        """
        from ._frames import from_frame

        return from_frame(
            frame,
            authority=authority,
            count=count,
            population=population,
            per=per,
            confidence=confidence,
            method=method,
            period=period,
        )

    # ----------------------------------------------------------------- access

    @property
    def authorities(self) -> tuple[Authority, ...]:
        """The table's authorities, in its order."""
        return tuple(row.authority for row in self.rows)

    @property
    def rates(self) -> Mapping[Authority, Rate | Suppressed]:
        """Each authority's rate, or its suppressed cell, in the table's order."""
        return dict(zip(self.authorities, self._rates, strict=True))

    def rate(self, key: Authority | str) -> Rate | Suppressed:
        """Return one authority's rate (or suppressed cell), found by code or name.

        Raises:
            UnknownAuthorityError: if *key* names no authority, or one not in the table.

        >>> _example().rate("Caerdydd").count
        660
        """
        place = _find(key)
        try:
            return self.rates[place]
        except KeyError:
            msg = f"'key' ({key!r}) is {place.name.en}, which is not in this table."
            cy = f"'key' ({key!r}): {place.name.cy} yw hwn, ac nid yw yn y tabl hwn."
            raise UnknownAuthorityError(msg, cy=cy) from None

    @property
    def suppressed_count(self) -> int:
        """How many authorities have a suppressed cell."""
        return sum(isinstance(r, Suppressed) for r in self._rates)

    def _published(self) -> list[tuple[Authority, Rate]]:
        return [(a, r) for a, r in self.rates.items() if isinstance(r, Rate)]

    def _refuse_if_suppressed(self, what: str, what_cy: str) -> None:
        if self.suppressed_count:
            msg = (
                f"{what} cannot be pooled: {self.suppressed_count} of {len(self.rows)} "
                "authorities have suppressed cells, and pooling without them would not be "
                "the national figure."
            )
            cy = (
                f"ni ellir cyfuno i gael {what_cy}: mae gan {self.suppressed_count} o "
                f"{len(self.rows)} awdurdod gelloedd a ataliwyd, ac ni fyddai cyfuno hebddynt "
                "yn rhoi’r ffigur cenedlaethol."
            )
            raise SuppressedValueError(msg, cy=cy)

    # ----------------------------------------------------------------- summaries

    def national(self) -> Rate:
        """Return the national rate, pooled: total count over total population.

        This is not the mean of the authorities' rates (see
        :meth:`mean_of_rates`): pooling weights each authority by its population.

        Raises:
            SuppressedValueError: if any cell is suppressed.

        >>> _example().national().describe()
        '106 per 10,000 (95% CI 100 to 112)'
        """
        self._refuse_if_suppressed("the national rate", "y gyfradd genedlaethol")
        counts = sum(row.count for row in self.rows)  # type: ignore[misc]
        people = sum(row.population for row in self.rows)  # type: ignore[misc]
        return Rate(counts, people, per=self.per, confidence=self.confidence, method=self.method)

    def mean_of_rates(self) -> float:
        """Return the unweighted mean of the published authorities' rates.

        Raises:
            SuppressedValueError: if every authority is suppressed.

        >>> round(_example().mean_of_rates(), 2)
        106.07
        """
        published = self._published()
        if not published:
            msg = "the mean of rates needs at least one published rate; every cell is suppressed."
            cy = (
                "mae angen o leiaf un gyfradd a gyhoeddwyd i gyfrifo cymedr y cyfraddau; mae pob "
                "cell wedi’i hatal."
            )
            raise SuppressedValueError(msg, cy=cy)
        total = sum((r.exact_value for _, r in published), Fraction(0))
        return float(total / len(published))

    def summary(self) -> RateSummary:
        """Return the headline figures, with the number of suppressed cells.

        The national rate is ``None`` (not pooled) when cells are suppressed;
        the spread and mean use the published rates and say how many there were,
        and are ``None`` when every authority is suppressed (the summary's
        :meth:`~RateSummary.describe` then says why).  It never raises.

        >>> _example().summary().maximum_authority.name.cy
        'Casnewydd'
        """
        published = self._published()
        national = None if self.suppressed_count else self.national()
        if not published:
            return RateSummary(len(self.rows), self.suppressed_count, national, *[None] * 5)
        mean = self.mean_of_rates()
        low = min(published, key=lambda item: item[1].exact_value)
        high = max(published, key=lambda item: item[1].exact_value)
        return RateSummary(
            authorities=len(self.rows),
            suppressed=self.suppressed_count,
            national=national,
            mean_of_rates=mean,
            minimum=low[1],
            minimum_authority=low[0],
            maximum=high[1],
            maximum_authority=high[0],
        )

    def ranks(self, *, descending: bool = True) -> Mapping[Authority, int | Suppressed]:
        """Rank the authorities by rate, 1 the highest (or, with ``descending=False``, the lowest).

        Ties share the best rank and the next rank skips ("1, 2, 2, 4"), the
        standard competition ranking that spreadsheet ``RANK``/``RANK.EQ`` and
        R's ``rank(ties.method = "min")`` give.  Rates tie only when exactly
        equal as fractions; suppressed authorities are not ranked.

        >>> [r for r in _example().ranks().values()]
        [3, 1, 2]
        """
        values = [(i, r.exact_value) for i, r in enumerate(self._rates) if isinstance(r, Rate)]
        ranks = _competition_ranks(values, descending=descending)
        return {
            a: ranks[i] if isinstance(r, Rate) else r
            for i, (a, r) in enumerate(zip(self.authorities, self._rates, strict=True))
        }

    def _target_value(self, target: float | None) -> float:
        if target is None:
            return self.national().value
        return finite_number("target", target)

    def comparisons(
        self, target: float | None = None
    ) -> Mapping[Authority, Comparison | Suppressed]:
        """Compare each authority with the national value by its confidence interval.

        An authority is significantly higher when its lower limit is above the
        national value, lower when its upper limit is below it, and similar
        otherwise (the interval contains it, its limits included).

        Args:
            target: the value to compare with, in the table's units; by default
                the pooled national rate.

        Raises:
            SuppressedValueError: with no *target*, if any cell is suppressed.

        >>> [c.value for c in _example().comparisons().values()]
        ['lower', 'higher', 'similar']
        """
        value = self._target_value(target)
        results: dict[Authority, Comparison | Suppressed] = {}
        for place, item in self.rates.items():
            if isinstance(item, Suppressed):
                results[place] = item
            elif item.lower > value:
                results[place] = Comparison.HIGHER
            elif item.upper < value:
                results[place] = Comparison.LOWER
            else:
                results[place] = Comparison.SIMILAR
        return results

    @property
    def funnel_kind(self) -> FunnelKind:
        """Binomial funnels for a table of Wilson proportions, Poisson otherwise."""
        return FunnelKind.PROPORTION if self.method is RateMethod.WILSON else FunnelKind.RATE

    def funnel_comparisons(
        self, target: float | None = None
    ) -> Mapping[Authority, FunnelSignificance | Suppressed]:
        """Classify each authority against funnel-plot control limits at 95% and 99.8%.

        A pooled national rate of 0 (every count 0) has limits of 0 for rates,
        and every authority, at 0, is within them.

        Args:
            target: the funnel's centre, in the table's units; by default the
                pooled national rate.

        Raises:
            SuppressedValueError: with no *target*, if any cell is suppressed.

        >>> [f.value for f in _example().funnel_comparisons().values()]
        ['low-99.8', 'high-99.8', 'within']
        """
        value = self._target_value(target)
        # Pooled from counts that are all 0: Poisson limits around 0 are 0, and every
        # authority, at 0, lies on them, which is within (as a value on any limit is).
        zero = target is None and value == 0.0 and self.funnel_kind is FunnelKind.RATE
        results: dict[Authority, FunnelSignificance | Suppressed] = {}
        for place, item in self.rates.items():
            if isinstance(item, Suppressed):
                results[place] = item
                continue
            if zero:
                results[place] = FunnelSignificance.WITHIN
                continue
            limits = FunnelLimits(value, item.population, per=self.per, kind=self.funnel_kind)
            results[place] = limits.classify(item.value)
        return results

    def changes(self, earlier: RateTable) -> Mapping[Authority, RateChange | Suppressed]:
        """Return each authority's change from the *earlier* table to this one.

        An authority suppressed in either table gets that :class:`Suppressed` cell.

        Raises:
            InvalidRateError: if the tables cover different authorities or differ
                in multiplier or confidence level.

        >>> later = RateTable(
        ...     [RateRow(r.authority, 2 * r.count, r.population) for r in _example().rows]
        ... )
        >>> round(later.changes(_example())[authority("Powys")].difference, 1)
        53.0
        """
        other: object = earlier
        if not isinstance(other, RateTable):
            msg = f"'earlier' ({v.describe(other)}) must be a RateTable."
            cy = f"'earlier' ({v.describe(other)}): rhaid i’r gwerth fod yn RateTable."
            raise InvalidRateError(msg, cy=cy)
        mine, theirs = set(self.authorities), set(earlier.authorities)
        if mine != theirs:
            missing = sorted(a.code for a in mine ^ theirs)
            msg = f"'earlier' must cover the same authorities; these are in only one: {missing}."
            cy = (
                "'earlier': rhaid i’r ddau dabl gynnwys yr un awdurdodau; mae’r rhain mewn un "
                f"yn unig: {missing}."
            )
            raise InvalidRateError(msg, cy=cy)
        before = earlier.rates
        results: dict[Authority, RateChange | Suppressed] = {}
        for place, after in self.rates.items():
            old = before[place]
            if isinstance(old, Suppressed):
                results[place] = old
            elif isinstance(after, Suppressed):
                results[place] = after
            else:
                results[place] = RateChange(old, after)
        return results

    # ----------------------------------------------------------------- documents

    def render(
        self,
        lang: Language | str = Language.EN,
        *,
        format: Format | str = Format.MARKDOWN,  # noqa: A002 (the one name every render uses)
        dp: int = 0,
        target: float | None = None,
    ) -> str:
        """Write the table as a document: title, one row per authority, summary and notes.

        Each row has the count, population, rate and limits (rounded to *dp*
        places), the rank, and the comparisons with the national value by
        interval and by funnel; this is what ``carewales rates`` prints.

        Args:
            lang: English or Welsh.
            format: ``Format.MARKDOWN`` (a pipe table) or ``Format.TEXT``
                (aligned columns), or their values.
            dp: decimal places of the rates and limits, 0 to 12.
            target: the value to compare with; by default the pooled national
                rate (and no comparisons when cells are suppressed).

        Raises:
            SuppressedValueError: if every authority is suppressed.

        >>> print(_example().render(format="markdown").splitlines()[4])
        | W06000023 | Powys | 140 | 26,400 | 53 | 45 | 63 | 3 | lower | below 99.8% |
        """
        language = Language.parse(lang)
        output = _format(format)
        goal = None if target is None else finite_number("target", target)
        return _render.document(self, language, output, dp, goal)

    def plot_funnel(self, **options: Any) -> Any:  # noqa: ANN401 (a matplotlib Figure; optional)
        """Draw the table's funnel plot: :func:`carewales.rates.plots.plot_funnel` (``plot`` extra).

        Args:
            **options: ``lang``, ``ax``, ``title``, ``source``, ``target``.
        """
        from .plots import plot_funnel  # plots imports this module

        return plot_funnel(self, **options)

    def plot_caterpillar(self, **options: Any) -> Any:  # noqa: ANN401 (a matplotlib Figure; optional)
        """Draw the table's caterpillar chart: :func:`carewales.rates.plots.plot_caterpillar`.

        Args:
            **options: ``lang``, ``ax``, ``title``, ``source``, ``target``.
        """
        from .plots import plot_caterpillar

        return plot_caterpillar(self, **options)


def _format(value: Format | str) -> Format:
    if isinstance(value, str):
        for item in Format:
            if item.value == value.strip().lower():
                return item
    return Format.parse(value)


def _find(value: object) -> Authority:
    if isinstance(value, Authority):
        return value
    if isinstance(value, str):
        return authority(value)
    msg = f"'authority' ({v.describe(value)}) must be an Authority or a code or name."
    cy = (
        f"'authority' ({v.describe(value)}): rhaid i’r gwerth fod yn Authority, neu’n god "
        "neu’n enw."
    )
    raise UnknownAuthorityError(msg, cy=cy)


def _example() -> RateTable:
    """A small table for the examples: Powys, Newport and Cardiff (made-up numbers)."""
    return RateTable(
        [
            RateRow("Powys", 140, 26_400),
            RateRow("Newport", 504, 30_400),
            RateRow("Cardiff", 660, 66_400),
        ]
    )


def _structure_cell(value: object, _: object) -> object:
    """Hand a stored cell (a number or a symbol) to :class:`RateRow`, which checks it."""
    return value


def _structure_suppressed(value: object, _: object) -> Suppressed:
    """Read a suppressed cell from its symbol; :class:`Suppressed` refuses anything else."""
    return Suppressed(value)  # type: ignore[arg-type]  # checked by the validator


# A suppressed cell is stored as its symbol ("[c]"), as the published table printed it;
# a document of its own holds it under "symbol".
_serial.register_hooks(
    Suppressed,
    structure=_structure_suppressed,
    unstructure=str,
    schema={"type": "string", "enum": list(SUPPRESSION_SYMBOLS)},
    key="symbol",
)
_serial.register_hooks(int | Suppressed, structure=_structure_cell)
