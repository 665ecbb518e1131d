"""Benchmarks. `make bench` runs them; each prints its figures as ratios against a baseline
measured in the same run, so numbers compare across machines."""
