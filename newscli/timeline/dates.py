"""Calendar arithmetic for TIMEX3 values: formatting, shifting, the days a value covers,
and the resolution of bare weekdays, months and seasons against the publication date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from newscli.timeline.lexicon import UNITS
from newscli.timeline.tense import Tense

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


# ----------------------------------------------------------------------------- calendar


def _days_in_month(year: int, month: int) -> int:
    """How many days ``month`` of ``year`` has (without the calendar module's import cost)."""
    if month == 12:
        return 31
    return (dt.date(year, month + 1, 1) - dt.date(year, month, 1)).days


def fmt_day(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def fmt_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def shift_quarter(value: str, n: int) -> str:
    y, q = int(value[:4]), int(value[6])
    k = y * 4 + (q - 1) + n
    return f"{k // 4:04d}-Q{k % 4 + 1}"


def bounds(value: str) -> tuple[dt.date | None, dt.date | None]:
    """The first and last calendar day a DATE/TIME value covers, or (None, None)."""
    try:
        return _bounds(value)
    except (ValueError, OverflowError):
        return None, None


_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def is_digits(text: str, n: int) -> bool:
    """Whether ``text`` is ``n`` digits, as ``\\d{n}`` matches it whole (any decimal digit).
    The short value forms are told apart by string tests: a pattern each would be compiled
    in every process for a few characters' test."""
    return len(text) == n and text.isdecimal()


def _is_year_month(text: str) -> bool:
    """Whether ``text`` is a year and a month, "2023-03" (as ``\\d{4}-\\d\\d`` matches it whole)."""
    return len(text) == 7 and text[4] == "-" and is_digits(text[:4], 4) and is_digits(text[5:], 2)


#: The halves and quarters of a year, as values hold them after the year.
_QUARTERS = {"-Q1": 1, "-Q2": 2, "-Q3": 3, "-Q4": 4}
_HALVES = {"-H1": 1, "-H2": 2}


def _bounds(v: str) -> tuple[dt.date | None, dt.date | None]:
    if not v[:1].isdigit() or "X" in v[:4]:
        return None, None
    v = v.split("T")[0]
    if _ISO_DAY.fullmatch(v):
        d = dt.date.fromisoformat(v)
        return d, d
    y = int(v[:4]) if len(v) >= 4 and v[:4].isdigit() else None
    if y is None:
        if is_digits(v, 3):
            return dt.date(int(v) * 10, 1, 1), dt.date(int(v) * 10 + 9, 12, 31)
        if is_digits(v, 2):
            c = int(v) * 100
            return dt.date(max(c, 1), 1, 1), dt.date(c + 99, 12, 31)
        return None, None
    rest = v[4:]
    if rest == "":
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if rest[:1] == "-" and is_digits(rest[1:], 2):  # "-03": a month
        m = int(rest[1:])
        return dt.date(y, m, 1), dt.date(y, m, _days_in_month(y, m))
    if rest[:2] == "-W" and is_digits(rest[2:4], 2) and rest[4:] in ("", "-WE"):  # "-W05", "-W05-WE"
        monday = dt.date.fromisocalendar(y, int(rest[2:4]), 1)
        if rest[4:]:
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return monday, monday + dt.timedelta(days=6)
    q = _QUARTERS.get(rest)
    if q is not None:
        first = 3 * q - 2
        return dt.date(y, first, 1), dt.date(y, first + 2, _days_in_month(y, first + 2))
    half = _HALVES.get(rest)
    if half is not None:
        return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if half == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))
    if rest[1:] in _SEASON_MONTHS:
        a, b = _SEASON_MONTHS[rest[1:]]
        y2 = y + 1 if b < a else y
        return dt.date(y, a, 1), dt.date(y2, b, _days_in_month(y2, b))
    return None, None


# ----------------------------------------------------------------------------- resolution


def resolve_weekday(dct: dt.date, wd: int, tense: Tense | None, strict: bool = False) -> dt.date:
    """The ``wd`` weekday (ISO) nearest the DCT in the tense's direction (the DCT itself counts)."""
    if tense == "future":
        n = (wd - dct.isoweekday()) % 7
        if strict and n == 0:
            n = 7
        return dct + dt.timedelta(days=n)
    n = (dct.isoweekday() - wd) % 7
    if strict and n == 0:
        n = 7
    return dct - dt.timedelta(days=n)


#: How far (in days) a day written without a year may lie from the DCT before the tense,
#: rather than nearness, decides which year it is in.
NEAR_DAYS = 100


def resolve_month_year(dct: dt.date, month: int, day: int | None, tense: Tense | None) -> int:
    """The year of a month (and day) written without one.

    A bare month follows the tense ("in February he said" is the last February). A day
    ("Dec. 15") is the occurrence nearest the DCT when one is within about three months
    (news names the coming weeks and the past weeks); farther off, the tense decides.
    Without a tense, the nearest occurrence.
    """
    if day is None and tense == "past":
        return dct.year if month <= dct.month else dct.year - 1
    if day is None and tense == "future":
        return dct.year if month >= dct.month else dct.year + 1
    dists: list[tuple[int, int]] = []
    for y in (dct.year - 1, dct.year, dct.year + 1):
        try:
            d = dt.date(y, month, day if day is not None else 15)
        except ValueError:
            d = dt.date(y, month, 28)
        dists.append(((d - dct).days, y))
    nearest = min(dists, key=lambda p: abs(p[0]))
    if day is not None and nearest[0] > NEAR_DAYS and tense != "future":
        tense = "past"  # months ahead and nothing says it is to come: news reports what happened
    if day is None or abs(nearest[0]) <= NEAR_DAYS or tense not in ("past", "future"):
        return nearest[1]
    if tense == "past":
        return max(y for days, y in dists if days <= 0)
    return min(y for days, y in dists if days >= 0)


def easter(year: int) -> dt.date:
    """Easter Sunday of ``year`` (the Gregorian computus, anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def pick_year(dct: dt.date, on: Callable[[int], dt.date], tense: Tense | None) -> dt.date:
    """The occurrence of a yearly day (``on(year)``) the text means: the nearest to the DCT
    when one is within about three months, else the one the tense points to."""
    days = [on(y) for y in (dct.year - 1, dct.year, dct.year + 1)]
    nearest = min(days, key=lambda d: abs((d - dct).days))
    if abs((nearest - dct).days) <= NEAR_DAYS or tense not in ("past", "future"):
        return nearest
    if tense == "past":
        return max(d for d in days if d <= dct)
    return min(d for d in days if d >= dct)


def season_here(d: dt.date) -> tuple[int, str]:
    m = d.month
    if m in (3, 4, 5):
        return d.year, "SP"
    if m in (6, 7, 8):
        return d.year, "SU"
    if m in (9, 10, 11):
        return d.year, "FA"
    return (d.year if m == 12 else d.year - 1), "WI"


_SEASON_ORDER = ("WI", "SP", "SU", "FA")


def season_index(y: int, s: str) -> int:
    # winter belongs to the year of its December; order within a year: SP SU FA WI
    return y * 4 + ("SP", "SU", "FA", "WI").index(s)


def season_value(k: int) -> str:
    return f"{k // 4:04d}-{('SP', 'SU', 'FA', 'WI')[k % 4]}"


def resolve_season(dct: dt.date, season: str, off: int | None, tense: Tense | None) -> str:
    y, cur = season_here(dct)
    now = season_index(y, cur)
    same_year = season_index(y, season)
    if off == 0:
        return season_value(same_year)
    if off == 1 or (off is None and tense == "future"):
        k = same_year if same_year > now else same_year + 4
        return season_value(k)
    if off == -1 or (off is None and tense == "past"):
        k = same_year if same_year < now else same_year - 4
        return season_value(k)
    return season_value(same_year)


def nth_weekday(year: int, month: int, wd: int, nth: int) -> dt.date:
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year, month, _days_in_month(year, month))
    return last - dt.timedelta(days=(last.isoweekday() - wd) % 7)


def granular_shift(base: str, unit: str, n: int) -> str | None:
    """``base`` (a DATE value) moved by ``n`` units, keeping its granularity."""
    b0, _ = bounds(base)
    if b0 is None:
        return None
    if base[4:] in _QUARTERS:  # (bounds read it as a quarter: "2023-Q3")
        per = {"year": 4, "quarter": 1, "month": 0}.get(unit)
        if per:
            return shift_quarter(base, n * per)
        return None
    if is_digits(base, 4):
        if unit in ("year", "decade", "century"):
            mult = {"year": 1, "decade": 10, "century": 100}[unit]
            return f"{int(base) + n * mult:04d}"
        return None
    if _is_year_month(base):
        months = {"year": 12, "month": 1, "quarter": 3}.get(unit)
        if months:
            y, m = add_months(b0.year, b0.month, n * months)
            return f"{y:04d}-{m:02d}"
        return None
    if _ISO_DAY.fullmatch(base):
        return shift_day_value(b0, unit, n)
    return None


def shift_day_value(d: dt.date, unit: str, n: int) -> str | None:
    """The DCT-like day ``d`` moved ``n`` units, at the unit's granularity."""
    if unit in ("day", "night"):
        return fmt_day(d + dt.timedelta(days=n))
    if unit in ("hour", "minute", "second"):
        return fmt_day(d)
    if unit in ("week", "fortnight"):
        return fmt_week(d + dt.timedelta(days=7 * n * (2 if unit == "fortnight" else 1)))
    if unit == "month":
        y, m = add_months(d.year, d.month, n)
        return f"{y:04d}-{m:02d}"
    if unit == "quarter":
        return shift_quarter(f"{d.year:04d}-Q{quarter_of(d)}", n)
    if unit == "year":
        return f"{d.year + n:04d}"
    if unit == "decade":
        return f"{d.year + 10 * n:04d}"
    if unit == "century":
        return f"{d.year + 100 * n:04d}"
    return None


def duration(n: int | None, unit: str) -> str:
    """The ISO 8601 duration of ``n`` units (``X`` when vague)."""
    code = UNITS.get(unit, "D")
    num = "X" if n is None else str(n)
    if code == "2W":
        return "PXW" if n is None else f"P{2 * n}W"
    if code == "Q":
        return "PXM" if n is None else f"P{3 * n}M"
    if code == "DE":
        return "PXDE" if n is None else f"P{10 * n}Y"
    if code == "CE":
        return "PXCE" if n is None else f"P{100 * n}Y"
    if code == "WE":
        return "P2D" if n == 1 else f"P{num}WE"
    if code == "SE":
        return f"P{num}M" if n is None else f"P{3 * n}M"
    if code.startswith("T"):
        return f"PT{num}{code[1]}"
    return f"P{num}{code}"
