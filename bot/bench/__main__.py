"""`python -m bot.bench _build ...`: the scale section's build child (internal; use `qabot bench`)."""
import sys

from .build import child_main

if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1:]))
