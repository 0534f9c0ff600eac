"""``python -m kzlib {build,validate,export,info}``: see :mod:`kzlib.pipeline.cli`."""

import sys

from .pipeline.cli import main

sys.exit(main())
