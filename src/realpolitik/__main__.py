"""`python -m realpolitik` runs the command line (handy from a source checkout)."""

from realpolitik.cli import main

main()
