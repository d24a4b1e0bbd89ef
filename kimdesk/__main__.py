import sys

from kimdesk.cli import main

sys.exit(main())
