"""A throwaway PostgreSQL server for the test suite, and a fresh database for each test.

Where the server comes from, in order:

1. ``ATT_TEST_POSTGRES_URL`` names a server (``postgresql+psycopg://user:pw@host:port/postgres``)
   whose user may ``CREATE DATABASE``; each test gets its own database there, dropped after it.
2. Otherwise, when PostgreSQL's server programs are installed (``initdb`` and ``pg_ctl`` on
   PATH, under ``ATT_TEST_POSTGRES_BIN``, or Debian's ``/usr/lib/postgresql/N/bin``), a new
   cluster is made in a temporary folder and started on 127.0.0.1 at a free port, with
   durability switched off for speed, and removed when the run ends. As root (CI), the server
   programs run as the ``postgres`` user (``runuser``), because PostgreSQL refuses root.
3. Otherwise the PostgreSQL tests are skipped, saying why. ``ATT_TEST_REQUIRE_POSTGRES=1``
   (set by ``.ci/run``) turns that skip into an error, so CI can never pass without them.

Each test's database is copied from a template already migrated to the newest schema
(``CREATE DATABASE ... TEMPLATE``), which takes a few tens of milliseconds.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

URL_ENV = "ATT_TEST_POSTGRES_URL"
BIN_ENV = "ATT_TEST_POSTGRES_BIN"
REQUIRE_ENV = "ATT_TEST_REQUIRE_POSTGRES"
TEMPLATE = "att_template"


class ServerUnavailable(Exception):
    """No PostgreSQL server could be used; the message says why."""


def _bin_dir() -> Path | None:
    named = os.environ.get(BIN_ENV)
    if named:
        return Path(named)
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    debian = sorted(
        (p.parent for p in Path("/usr/lib/postgresql").glob("*/bin/initdb")),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    return debian[-1] if debian else None


def _free_port() -> int:
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class LocalCluster:
    """A cluster made by initdb in a temporary folder; ``stop()`` removes it."""

    bin_dir: Path
    root: Path
    port: int
    run_as: str | None
    log: Path = field(init=False)

    def __post_init__(self) -> None:
        self.log = self.root / "server.log"

    @property
    def data(self) -> Path:
        return self.root / "data"

    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.run_as is not None:
            command = ["runuser", "-u", self.run_as, "--", *command]
        return subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, check=False, cwd=self.root
        )

    def start(self) -> None:
        done = self._run(
            "initdb",
            f"--pgdata={self.data}",
            "--username=att",
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C",
            "--no-sync",
        )
        if done.returncode != 0:
            raise ServerUnavailable(f"initdb failed: {done.stderr.strip() or done.stdout.strip()}")
        options = " ".join(
            [
                f"-p {self.port}",
                "-c listen_addresses=127.0.0.1",
                f"-c unix_socket_directories={self.root}",
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
                "-c max_connections=100",
                "-c shared_buffers=32MB",
            ]
        )
        done = self._run(
            "pg_ctl", f"--pgdata={self.data}", f"--log={self.log}", "-o", options, "-w", "start"
        )
        if done.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise ServerUnavailable(f"pg_ctl start failed: {done.stderr.strip()} {log}")

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", f"--pgdata={self.data}", "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    @property
    def admin_url(self) -> str:
        return f"postgresql+psycopg://att@127.0.0.1:{self.port}/postgres"


def _start_local_cluster() -> LocalCluster:
    bin_dir = _bin_dir()
    if bin_dir is None or not (bin_dir / "initdb").exists():
        raise ServerUnavailable(
            f"PostgreSQL's server programs (initdb, pg_ctl) were not found; install the "
            f"postgresql package, or set {URL_ENV} to a server's URL"
        )
    run_as: str | None = None
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        import pwd  # POSIX only, like running as root

        # PostgreSQL refuses to run as root: use the account Debian's package creates.
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            raise ServerUnavailable(
                "running as root and there is no 'postgres' user to run the server as"
            ) from None
        if shutil.which("runuser") is None:
            raise ServerUnavailable("running as root and runuser is not available")
        run_as = "postgres"
    root = Path(tempfile.mkdtemp(prefix="att-pg-test-"))
    if run_as is not None:
        import pwd

        account = pwd.getpwnam(run_as)
        os.chown(root, account.pw_uid, account.pw_gid)
    cluster = LocalCluster(bin_dir, root, _free_port(), run_as)
    try:
        cluster.start()
    except (ServerUnavailable, OSError, subprocess.TimeoutExpired) as exc:
        cluster.stop()
        if isinstance(exc, ServerUnavailable):
            raise
        raise ServerUnavailable(f"the PostgreSQL server could not be started: {exc}") from exc
    return cluster


class PostgresServer:
    """Hands out fresh databases on one server for the whole test session."""

    def __init__(self, admin_url: str, cluster: LocalCluster | None) -> None:
        from sqlalchemy import create_engine

        self.admin_url = admin_url
        self.cluster = cluster
        self._admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", pool_size=1)
        self._names = itertools.count(1)
        self._prefix = f"att_test_{os.getpid()}_"
        self._template_ready = False
        #: Further templates (name -> what their builder returned), made once a session.
        self._templates: dict[str, object] = {}

    def _sql(self, statement: str) -> None:
        with self._admin.connect() as conn:
            conn.exec_driver_sql(statement)

    def url_for(self, name: str) -> str:
        from sqlalchemy import make_url

        return make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)

    def _ensure_template(self) -> None:
        if self._template_ready:
            return
        from att_desktop.db.engine import open_database

        template = self._prefix + TEMPLATE
        self._sql(f"DROP DATABASE IF EXISTS {template}")
        self._sql(f"CREATE DATABASE {template}")
        open_database(self.url_for(template)).close()
        self._template = template
        self._template_ready = True

    def template(self, label: str, build: Callable[[str], T]) -> T:
        """A template database filled once by ``build(url)``; returns what build returned.

        Databases copied from it: ``new_database(template=label)``. For fixtures that are slow
        to make (accounts with Argon2 hashes) and the same for every test.
        """
        if label not in self._templates:
            self._ensure_template()
            name = f"{self._prefix}tpl_{label}"
            self._sql(f"DROP DATABASE IF EXISTS {name}")
            self._sql(f"CREATE DATABASE {name} TEMPLATE {self._template}")
            self._templates[label] = build(self.url_for(name))
        return self._templates[label]  # type: ignore[return-value]

    def new_database(self, *, migrated: bool = True, template: str | None = None) -> str:
        """The URL of a new database: at the newest schema, or empty, or from a template."""
        name = f"{self._prefix}{next(self._names)}"
        if template is not None:
            if template not in self._templates:
                raise KeyError(f"no template {template!r}: call PostgresServer.template first")
            self._sql(f"CREATE DATABASE {name} TEMPLATE {self._prefix}tpl_{template}")
        elif migrated:
            self._ensure_template()
            self._sql(f"CREATE DATABASE {name} TEMPLATE {self._template}")
        else:
            self._sql(f"CREATE DATABASE {name}")
        return self.url_for(name)

    def drop(self, url: str) -> None:
        from sqlalchemy import make_url

        name = make_url(url).database
        self._sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    @contextmanager
    def database(self, *, migrated: bool = True, template: str | None = None) -> Iterator[str]:
        url = self.new_database(migrated=migrated, template=template)
        try:
            yield url
        finally:
            self.drop(url)

    def close(self) -> None:
        for label in self._templates:
            self._sql(f"DROP DATABASE IF EXISTS {self._prefix}tpl_{label} WITH (FORCE)")
        if self._template_ready:
            self._sql(f"DROP DATABASE IF EXISTS {self._template} WITH (FORCE)")
        self._admin.dispose()
        if self.cluster is not None:
            self.cluster.stop()


def start_server() -> PostgresServer:
    """The server for this test session, or ServerUnavailable saying why there is none."""
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise ServerUnavailable(f"psycopg is not installed ({exc})") from exc
    url = os.environ.get(URL_ENV)
    if url:
        from att_desktop.db.engine import to_url

        server = PostgresServer(to_url(url), None)
        try:
            server._sql("SELECT 1")
        except Exception as exc:
            server.close()
            raise ServerUnavailable(f"{URL_ENV} cannot be reached: {exc}") from exc
        return server
    cluster = _start_local_cluster()
    server = PostgresServer(cluster.admin_url, cluster)
    deadline = time.monotonic() + 30
    while True:
        try:
            server._sql("SELECT 1")
            return server
        except Exception as exc:
            if time.monotonic() > deadline:
                server.close()
                raise ServerUnavailable(f"the local server does not answer: {exc}") from exc
            time.sleep(0.2)


def required() -> bool:
    return os.environ.get(REQUIRE_ENV, "") not in {"", "0"}
