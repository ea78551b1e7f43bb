#!/usr/bin/env python3
"""The pandas peer of `tender evaluate ROUND --format json` (issue 17): the arithmetic an analyst
would do over scores.csv alone, as a floor to compare tender with.

Reads scores.csv, takes the mean score per submission and criterion, turns it into points with
the weights of the benchmark rubric (ten criteria of 8 points on a 0-5 scale), sums them per
submission and ranks. No eligibility, conflicts, price, thresholds, award or checks of any kind.

    python3 Benchmarks/pandas_peer.py ROUND/scores.csv

Prints the number of submissions ranked and the top one, so the work cannot be skipped.
"""
import sys

import pandas as pd


def main(path: str) -> None:
    scores = pd.read_csv(path, usecols=["submission", "criterion", "score"])
    consensus = scores.groupby(["submission", "criterion"], sort=False)["score"].mean()
    points = consensus / 5.0 * 8.0
    totals = points.groupby(level="submission").sum()
    ranked = totals.rank(method="min", ascending=False).sort_values()
    print(f"{len(ranked)} submissions ranked; first: {ranked.index[0]}")


if __name__ == "__main__":
    main(sys.argv[1])
