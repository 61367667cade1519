"""Tables laid out for people: aligned plain-text columns, or a Markdown pipe table."""

from __future__ import annotations

__all__ = ["aligned", "markdown"]


def aligned(rows: list[list[str]]) -> str:
    """Lay out *rows* (the first is the heading) in aligned columns, as plain text."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in lines)


def markdown(rows: list[list[str]]) -> str:
    """Lay out *rows* (the first is the heading) as a Markdown pipe table."""
    head, *rest = rows
    return "\n".join(
        [
            "| " + " | ".join(head) + " |",
            "|" + "|".join("---" for _ in head) + "|",
            *("| " + " | ".join(row) + " |" for row in rest),
        ]
    )
