"""A throwaway PostgreSQL server for the tests: the system's binaries (initdb, pg_ctl), a data
directory in a temporary directory, a free loopback port, password authentication, durability
off (it lives for one test session). `make test` installs Debian's postgresql when no binaries
are found (Makefile: pg-bins); without them the PostgreSQL tests skip, saying why.

initdb refuses to run as root: as root, the server runs as the `postgres` user if there is
one, else `nobody`, through runuser.
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tests.ports import free_port

USER = "gpubot"


def find_bindir() -> Path | None:
    """Where initdb and pg_ctl are: PATH first, then Debian's /usr/lib/postgresql/N/bin."""
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(os.path.realpath(on_path)).parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                   key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name
                   .isdigit() else 0)
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    return free_port()                 # (tests/ports.py: why not port 0)


@dataclass
class PgServer:
    bindir: Path
    root: Path
    port: int
    password: str
    run_as: str | None

    @property
    def datadir(self) -> Path:
        return self.root / "data"

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{USER}:{self.password}@127.0.0.1:{self.port}/{dbname}"

    def _cmd(self, *args: str) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.run_as:
            cmd = ["runuser", "-u", self.run_as, "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)

    def init(self) -> None:
        pwfile = self.root / "pw"
        pwfile.write_text(self.password + "\n")
        if self.run_as:
            pw = pwd.getpwnam(self.run_as)
            for p in (self.root, pwfile):
                os.chown(p, pw.pw_uid, pw.pw_gid)
        r = self._cmd("initdb", "-D", str(self.datadir), "-U", USER, f"--pwfile={pwfile}",
                      "--auth=scram-sha-256", "-E", "UTF8", "--no-sync", "--locale=C")
        if r.returncode:
            raise RuntimeError(f"initdb failed: {r.stderr or r.stdout}")

    def start(self) -> None:
        opts = (f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.root}"
                " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
                " -c max_connections=200")
        r = self._cmd("pg_ctl", "-D", str(self.datadir), "-l", str(self.root / "log"), "-w",
                      "-t", "30", "-o", opts, "start")
        if r.returncode:
            log = (self.root / "log").read_text() if (self.root / "log").exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {r.stderr or r.stdout}\n{log[-2000:]}")

    def stop(self, mode: str = "fast") -> None:
        self._cmd("pg_ctl", "-D", str(self.datadir), "-m", mode, "-w", "stop")

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def start_server() -> PgServer:
    bindir = find_bindir()
    if bindir is None:
        raise FileNotFoundError("no PostgreSQL binaries (initdb, pg_ctl) on PATH or under "
                                "/usr/lib/postgresql/*/bin; `make test` installs Debian's "
                                "postgresql when it can (see its output for why it could not)")
    run_as = None
    if os.geteuid() == 0:
        names = {p.pw_name for p in pwd.getpwall()}
        run_as = "postgres" if "postgres" in names else "nobody"
    root = Path(tempfile.mkdtemp(prefix="gpubot-pg-"))
    server = PgServer(bindir, root, _free_port(), secrets.token_urlsafe(18), run_as)
    try:
        server.init()
        server.start()
    except BaseException:
        server.remove()
        raise
    return server
