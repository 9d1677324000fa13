"""Shares of counts, the one piece of arithmetic every table repeats.

A share is numerator / denominator × 100 of counts. An aggregate share is Σ numerators / Σ denominators — never
the mean of the parts' percentages, which would let a school of 7 pupils weigh as much as one of 700. A zero or
missing denominator gives "no data", never 0 %.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from shnor.indicators.model import NO_DATA, OK

EPSILON = 1e-9  # shares of counts are exact fractions; this only absorbs float rounding


def share(numerator: pd.Series, denominator: pd.Series) -> pd.Series:
    num = numerator.astype(float)
    den = denominator.astype(float)
    return (num / den.where(den > 0) * 100.0).astype(float)


def status_of(value: pd.Series) -> pd.Series:
    return pd.Series(np.where(value.notna(), OK, NO_DATA), index=value.index, dtype=object)


def small_count(count: pd.Series, threshold: int | None) -> pd.Series:
    """Counts from 1 to threshold − 1 identify pupils; zero does not (it names nobody)."""
    if not threshold:
        return pd.Series(False, index=count.index)
    count = count.astype(float)
    return ((count > 0) & (count < threshold)).fillna(False).astype(bool)


def disclosive(numerator: pd.Series, denominator: pd.Series, threshold: int | None) -> pd.Series:
    """A share of pupils that names children: its numerator is small, or so is the rest (denominator − numerator:
    «41 of 42 passed» tells who failed), or the group itself is small."""
    rest = denominator.astype(float) - numerator.astype(float)
    return small_count(numerator, threshold) | small_count(rest, threshold) | small_count(denominator, threshold)


def unsafe_distribution(counts: pd.DataFrame, threshold: int | None) -> pd.Series:
    """Rows of a distribution (counts of marks 2–5, of score bands) with a small cell. Hiding only that cell
    would not do: the total minus the other cells gives it back, so such a row publishes no single cell."""
    if not threshold:
        return pd.Series(False, index=counts.index)
    small = pd.concat([small_count(counts[c], threshold) for c in counts.columns], axis=1)
    return small.any(axis=1)


def sum_or_nan(frame: pd.DataFrame, by: list[str], columns: list[str]) -> pd.DataFrame:
    """Group sums where a group of only missing values stays missing instead of becoming 0."""
    return frame.groupby(by, dropna=True, observed=True, sort=False)[columns].sum(min_count=1)


def weighted_mean(values: pd.Series, weights: pd.Series, keys: list[pd.Series]) -> pd.Series:
    """Σ value × weight / Σ weight per group, over rows that have both (a mean score of all pupils)."""
    both = values.notna() & weights.notna() & (weights > 0)
    frame = pd.DataFrame({"vw": (values * weights).where(both), "w": weights.where(both)})
    for i, key in enumerate(keys):
        frame[f"k{i}"] = key
    sums = frame.groupby([f"k{i}" for i in range(len(keys))], dropna=True, sort=False)[["vw", "w"]].sum(min_count=1)
    return sums["vw"] / sums["w"].where(sums["w"] > 0)
