"""``python -m case_system`` (from ``examples/``): serve the case system on ``$PORT``."""

from case_system.app import main

main()
