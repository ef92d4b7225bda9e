"""`python -m assistent` doet hetzelfde als `opp-assistent`."""

from assistent.cli import main

raise SystemExit(main())
