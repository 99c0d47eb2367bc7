from kbo_desktop.cli import main

raise SystemExit(main())
