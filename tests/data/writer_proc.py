"""A writer process for the crash tests: commits clients and reports each id after commit."""

from __future__ import annotations

import sys
from pathlib import Path

from kimdesk.services import clients, vaults


def main() -> None:
    path, passphrase = Path(sys.argv[1]), sys.argv[2]
    vault = vaults.open_vault(path, passphrase)
    i = 0
    while True:
        c = clients.create_client(vault, clients.new_client(
            family_name=f"Crash{i}", given_names="Test", nationalities=("AF",),
        ))
        # printed only after create_client returned, i.e. after COMMIT
        sys.stdout.write(c.id + "\n")
        sys.stdout.flush()
        i += 1


if __name__ == "__main__":
    main()
