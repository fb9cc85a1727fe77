"""Which database a desk opens without --db: the server it was set up for, a file an office was
moved to from the server, or the usual office file."""

from __future__ import annotations

from app import server_config


def test_a_desk_opens_its_server_or_the_file_the_office_moved_to_or_the_usual_file(tmp_path):
    usual = tmp_path / "office.db"
    assert server_config.desk_database(usual) == str(usual)
    server_config.save(server_config.Server("db.branch", 5432, "service_office", "so"), "pw")
    assert server_config.desk_database(usual) == "postgresql://so@db.branch:5432/service_office"
    assert server_config.saved_file() is None

    server_config.use_file(tmp_path / "branch.db")  # File ▸ Database server… moved it to a file
    assert server_config.saved() is None
    assert server_config.desk_database(usual) == str((tmp_path / "branch.db").resolve())

    server_config.forget()  # "Use the office file again"
    assert server_config.desk_database(usual) == str(usual)
