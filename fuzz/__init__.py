"""Fuzzing: targets (`targets.py`) shared by the atheris harness and the hypothesis tests."""
