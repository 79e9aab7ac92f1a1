"""The backups folder: how backups are named, listed and thinned out by date.

Names carry the time and the reason (``tamga-20260712-083015-daily.db``), so the folder
can be listed without opening any file, and the rotation deletes only files whose name
Tamga gives: whatever else an office keeps in the folder is never touched. The rotation is
Anki's (reliability.md §2): the newest backup of each of the last few days, weeks and months,
plus every backup made before a restore, repair or upgrade for some weeks.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from core.backups import BackupInfo, BackupKind, BackupStatus
from data.backup import make_verified_backup

#: ``tamga-<date>-<time>[-<n>]-<kind>.db``; data.migrate writes ``…-before-<revision>.db``.
BACKUP_NAME = re.compile(r"^tamga-(\d{8})-(\d{6})(?:-(\d+))?-([a-z0-9-]+)\.db$")
#: Beside the backups: when the last copy went to another folder or drive (the status bar's warning).
EXTERNAL_RECORD = "last-external-copy.json"

_KINDS = {kind.value: kind for kind in BackupKind}


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    """How many backups the rotation keeps; an office with other rules changes these numbers."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    #: Backups made before a restore, repair or upgrade are kept this long whatever the counts.
    safety_days: int = 30


DEFAULT_RETENTION = RetentionPolicy()


def backup_name(kind: BackupKind, made_at: datetime, counter: int = 1) -> str:
    """The file name of a backup; *counter* > 1 tells apart two made within one second."""
    stamp = made_at.strftime("%Y%m%d-%H%M%S")
    middle = f"-{counter}" if counter > 1 else ""
    return f"tamga-{stamp}{middle}-{kind.value}.db"


def parse_backup_name(path: Path) -> tuple[datetime, BackupKind] | None:
    """When and why the backup at *path* was made, or ``None`` for a file Tamga did not name."""
    match = BACKUP_NAME.match(path.name)
    if match is None:
        return None
    try:
        made_at = datetime.strptime(match[1] + match[2], "%Y%m%d%H%M%S")
    except ValueError:
        return None
    word = match[4]
    kind = _KINDS.get(word)
    if kind is None and word.startswith("before-"):
        kind = BackupKind.BEFORE_MIGRATION
    return (made_at, kind) if kind is not None else None


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups Tamga made in *folder*, newest first (an absent folder has none)."""
    found = []
    for path in folder.glob("tamga-*.db") if folder.is_dir() else ():
        parsed = parse_backup_name(path)
        if parsed is None or not path.is_file():
            continue
        found.append(BackupInfo(path=path, made_at=parsed[0], kind=parsed[1], size=path.stat().st_size))
    return sorted(found, key=lambda info: (info.made_at, info.path.name), reverse=True)


def make_backup(db_path: Path, folder: Path, kind: BackupKind, *, now: datetime) -> BackupInfo:
    """A verified backup of *db_path* in *folder*, named by *kind* and *now*.

    Raises:
        data.backup.BackupError: The copy failed verification; no file with a backup name is left.
    """
    counter = 1
    while (folder / backup_name(kind, now, counter)).exists():
        counter += 1
    path = make_verified_backup(db_path, folder / backup_name(kind, now, counter))
    return BackupInfo(path=path, made_at=now.replace(microsecond=0), kind=kind, size=path.stat().st_size)


def made_today(folder: Path, now: datetime) -> bool:
    """Whether a regular (daily, exit or manual) backup already exists from *now*'s date."""
    return any(info.made_at.date() == now.date() and not info.kind.is_safety and info.kind != BackupKind.COPY
               for info in list_backups(folder))


def backups_to_delete(backups: Sequence[BackupInfo], *, now: datetime,
                      policy: RetentionPolicy = DEFAULT_RETENTION) -> list[BackupInfo]:
    """The backups the rotation removes; everything else in *backups* is kept.

    Regular backups, newest first, fill a daily slot per calendar day, then a weekly slot per
    ISO week no kept backup stands for, then a monthly slot per month no kept backup stands
    for; a backup whose day already has a newer one kept goes. Safety backups stay for
    ``policy.safety_days``, and the newest of them always stays (Zotero never rotates out the pre-migration backup).
    """
    regular = sorted((b for b in backups if not b.kind.is_safety), key=lambda b: b.made_at, reverse=True)
    safety = sorted((b for b in backups if b.kind.is_safety), key=lambda b: b.made_at, reverse=True)
    doomed = _thin(regular, policy)
    cutoff = now - timedelta(days=policy.safety_days)
    doomed += [b for b in safety[1:] if b.made_at < cutoff]
    return doomed


def _thin(newest_first: Iterable[BackupInfo], policy: RetentionPolicy) -> list[BackupInfo]:
    days: set[object] = set()
    weeks: set[object] = set()
    months: set[object] = set()
    counts = {"daily": 0, "weekly": 0, "monthly": 0}
    doomed = []
    for backup in newest_first:
        day = backup.made_at.date()
        week = tuple(day.isocalendar())[:2]
        month = (day.year, day.month)
        if day in days:
            slot = None  # a newer backup already stands for this day
        elif counts["daily"] < policy.daily:
            slot = "daily"
        elif week not in weeks and counts["weekly"] < policy.weekly:
            slot = "weekly"
        elif week not in weeks and month not in months and counts["monthly"] < policy.monthly:
            slot = "monthly"
        else:
            slot = None
        if slot is None:
            doomed.append(backup)
            continue
        counts[slot] += 1
        days.add(day)
        weeks.add(week)
        months.add(month)
    return doomed


def rotate(folder: Path, *, now: datetime, policy: RetentionPolicy = DEFAULT_RETENTION) -> list[Path]:
    """Delete the backups the rotation does not keep; only files with Tamga's names are considered."""
    removed = []
    for backup in backups_to_delete(list_backups(folder), now=now, policy=policy):
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    return removed


def record_external_copy(folder: Path, at: datetime, destination: Path) -> None:
    """Remember, beside the backups, when a copy last went to another folder or drive."""
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / (EXTERNAL_RECORD + ".partial")
    partial.write_text(json.dumps({"at": at.isoformat(timespec="seconds"), "folder": str(destination)}),
                       encoding="utf-8")
    os.replace(partial, folder / EXTERNAL_RECORD)


def last_external_copy(folder: Path) -> datetime | None:
    """When the last copy went elsewhere, or ``None`` (never, or the record is unreadable)."""
    try:
        record = json.loads((folder / EXTERNAL_RECORD).read_text(encoding="utf-8"))
        return datetime.fromisoformat(str(record["at"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def backup_status(folder: Path) -> BackupStatus:
    """The newest verified backup in *folder* and the last external copy."""
    backups = list_backups(folder)
    return BackupStatus(newest=backups[0].made_at if backups else None, last_external_copy=last_external_copy(folder))
