"""Question banks, attempts, scoring and risk-instrument calibration exercises."""
