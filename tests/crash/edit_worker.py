"""A process that makes a long series of random edits to a register through the core API.

    python tests/crash/edit_worker.py FILE COUNT SEED     # edit FILE, then exit
    python tests/crash/edit_worker.py --serve             # fork server (see harness.py)

Before each edit it prints ``begin {json}`` (what it is about to do) and, once the store call has
returned (the transaction is committed), ``ack <n>``; each line is flushed at once. A test kills
it with SIGKILL at random moments and then checks that every acknowledged edit is in the file.
The passphrase of an encrypted register comes from ROPA_PASSPHRASE.

``--serve`` imports ropa once and then forks one worker per ``run FILE COUNT SEED`` line read on
stdin (answering ``pid <pid>``); ``reap <pid>`` waits for that worker and answers ``reaped <pid>
<how>``. Forked workers start in milliseconds, so a test can afford many kill trials. The server
itself never opens a register.
"""

from __future__ import annotations

import json
import os
import random
import sys
import traceback
import uuid as uuidlib
from dataclasses import replace
from pathlib import Path

WORDS = ["payroll", "CCTV", "newsletter", "Bewerbung", "clientèle", "données", "gezondheid", "€ invoices",
         "whistle'blowing", 'quote"d', "emoji 🙂", "Łódź", "tab\tin", "x" * 200]


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def run(path: Path, count: int, seed: int) -> None:
    from sqlalchemy import select

    from ropa.domain.model import Activity, DataCategory, ProcessedData
    from ropa.service import RegisterStore
    from ropa.store import orm

    rng = random.Random(seed)
    store = RegisterStore.open(path, passphrase=os.environ.get("ROPA_PASSPHRASE") or None)
    with store.reading() as session:  # uuids only: the worker should start editing at once
        acts = set(session.scalars(select(orm.ActivityRow.uuid)))
        cats = set(session.scalars(select(orm.DataCategoryRow.uuid)))

    def name(kind: str, n: int) -> str:
        return f"{kind} {seed}-{n} {rng.choice(WORDS)}"

    def some_cats() -> list[str]:
        return rng.sample(sorted(cats), min(len(cats), rng.randint(0, 3)))

    for n in range(count):
        choices = ["add_activity", "add_category"]
        if acts:
            choices += ["rename_activity", "link", "rename_activity", "delete_activity"]
        if cats:
            choices += ["rename_category", "delete_category"]
        op = rng.choice(choices)
        if op == "add_activity":
            new_uuid = str(uuidlib.UUID(int=rng.getrandbits(128), version=4))
            edit = {"op": op, "uuid": new_uuid, "name": name("Activity", n), "cats": some_cats()}
        elif op == "add_category":
            new_uuid = str(uuidlib.UUID(int=rng.getrandbits(128), version=4))
            edit = {"op": op, "uuid": new_uuid, "name": name("Category", n)}
        elif op in ("rename_activity", "link", "delete_activity"):
            target = rng.choice(sorted(acts))
            edit = {"op": op, "uuid": target}
            if op == "rename_activity":
                edit["name"] = name("Renamed", n)
            elif op == "link":
                edit["cats"] = some_cats()
        else:
            edit = {"op": op, "uuid": rng.choice(sorted(cats))}
            if op == "rename_category":
                edit["name"] = name("Category", n)
        say(f"begin {json.dumps({'n': n, **edit}, ensure_ascii=False)}")
        target = str(edit["uuid"])
        if op == "add_activity":
            activity = Activity(
                uuid=target, reference=f"K-{target[:8]}", name=str(edit["name"]),
                data=tuple(ProcessedData(c) for c in edit["cats"]),
            )
            store.save_activity(activity)
            acts.add(target)
        elif op == "rename_activity":
            store.save_activity(replace(store.activity(target), name=str(edit["name"])))
        elif op == "link":
            store.save_activity(replace(store.activity(target), data=tuple(ProcessedData(c) for c in edit["cats"])))
        elif op == "delete_activity":
            store.delete_activity(target)
            acts.discard(target)
        elif op in ("add_category", "rename_category"):
            store.save_item(DataCategory(uuid=target, name=str(edit["name"])))
            cats.add(target)
        else:
            store.delete_item(target)
            cats.discard(target)
        say(f"ack {n}")
    store.close()


def serve() -> None:
    import ropa.service  # noqa: F401 - imported once here, inherited by every forked worker
    from ropa.store import crypto
    from ropa.store.database import head_revision, known_revisions

    known_revisions(), head_revision()  # cached: workers skip reading the migration scripts
    if os.environ.get("ROPA_PASSPHRASE"):
        crypto.dbapi()

    say("ready")
    for line in sys.stdin:
        command, *args = line.split()
        if command == "run":
            pid = os.fork()
            if pid == 0:
                code = 0
                try:
                    run(Path(args[0]), int(args[1]), int(args[2]))
                except BaseException:  # noqa: BLE001 - reported to the harness, which fails the test
                    traceback.print_exc()
                    code = 1
                finally:
                    os._exit(code)
            say(f"pid {pid}")
        elif command == "reap":
            pid = int(args[0])
            _, status = os.waitpid(pid, 0)
            how = f"signal {os.WTERMSIG(status)}" if os.WIFSIGNALED(status) else f"exit {os.WEXITSTATUS(status)}"
            say(f"reaped {pid} {how}")
        elif command == "quit":
            break


if __name__ == "__main__":
    if sys.argv[1] == "--serve":
        serve()
    else:
        run(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
