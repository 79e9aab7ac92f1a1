"""The database is refused on network shares, mapped network drives and in synced folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from data import db
from data.db import DatabaseLocationError, LocationProblem, check_location, ensure_local, location_message


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("\\\\fileserver\\hr\\tamga.db", LocationProblem.NETWORK_SHARE),
        ("//fileserver/hr/tamga.db", LocationProblem.NETWORK_SHARE),
        ("\\\\?\\UNC\\fileserver\\hr\\tamga.db", LocationProblem.NETWORK_SHARE),
        ("C:\\Users\\Bat\\OneDrive\\Tamga\\tamga.db", LocationProblem.CLOUD_SYNC),
        ("C:\\Users\\Bat\\OneDrive - Архангай ЗДТГ\\tamga.db", LocationProblem.CLOUD_SYNC),
        ("/home/bat/Dropbox/tamga.db", LocationProblem.CLOUD_SYNC),
        ("/home/bat/Dropbox (Personal)/tamga.db", LocationProblem.CLOUD_SYNC),
        ("G:\\My Drive\\tamga.db", LocationProblem.CLOUD_SYNC),
        ("C:\\Users\\Bat\\Google Drive\\tamga.db", LocationProblem.CLOUD_SYNC),
        ("C:\\Users\\Bat\\iCloudDrive\\tamga.db", LocationProblem.CLOUD_SYNC),
        ("/home/bat/Yandex.Disk/tamga.db", LocationProblem.CLOUD_SYNC),
    ],
)
def test_unsafe_locations_are_refused(path: str, reason: LocationProblem) -> None:
    assert check_location(Path(path)) == reason
    with pytest.raises(DatabaseLocationError) as caught:
        ensure_local(Path(path))
    assert caught.value.reason == reason


@pytest.mark.parametrize(
    "path",
    [
        "C:\\Users\\Bat\\AppData\\Roaming\\Tamga\\tamga.db",
        "\\\\?\\C:\\Tamga\\tamga.db",
        "/home/bat/.local/share/tamga.db",
    ],
)
def test_local_paths_pass(path: str) -> None:
    assert check_location(Path(path)) is None


def test_the_temporary_folder_is_local(tmp_path: Path) -> None:
    ensure_local(tmp_path / "tamga.db")


def test_a_mapped_network_drive_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db, "_drive_type", lambda root: db.DRIVE_REMOTE if root == "Z:\\" else 3)
    assert check_location(Path("Z:\\Tamga\\tamga.db")) == LocationProblem.NETWORK_DRIVE
    assert check_location(Path("D:\\Tamga\\tamga.db")) is None


def test_the_onedrive_folder_named_by_the_environment_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    synced = tmp_path / "Contoso Files"
    monkeypatch.setenv("OneDriveCommercial", str(synced))
    assert check_location(synced / "Tamga" / "tamga.db") == LocationProblem.CLOUD_SYNC
    assert check_location(tmp_path / "Elsewhere" / "tamga.db") is None


def test_a_symlink_into_a_synced_folder_is_refused(tmp_path: Path) -> None:
    synced = tmp_path / "OneDrive"
    synced.mkdir()
    link = tmp_path / "Tamga"
    try:
        link.symlink_to(synced, target_is_directory=True)
    except OSError:  # Windows without developer mode cannot create symlinks
        pytest.skip("symlinks are not available here")
    assert check_location(link / "tamga.db") == LocationProblem.CLOUD_SYNC


@pytest.mark.parametrize("reason", list(LocationProblem))
def test_the_message_names_the_path(reason: LocationProblem) -> None:
    assert "\\\\fileserver\\hr" in location_message(reason, "\\\\fileserver\\hr")
