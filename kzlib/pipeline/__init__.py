"""The pipeline: the data rules (written once), the build from ``data/raw/``, validation of the
shipped files, export for other tools, and the command line. It stands on the data core and never
on the teaching layer.
"""
