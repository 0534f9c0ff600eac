"""Small text helpers shared by the loaders, figures and explorers."""

from __future__ import annotations


def long_date(day) -> str:
    """'5 January 2022' (no leading zero, on every platform)."""
    return f"{day.day} {day:%B %Y}"


def short_date(day) -> str:
    """'5 Jan 2022'."""
    return f"{day.day} {day:%b %Y}"
