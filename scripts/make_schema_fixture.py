"""Write tests/fixtures/schema_0001.db: a database as migration 0001 left it, with data.

Run once when 0001 landed; the committed file stands for an office's old database.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import peewee

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.migrations import upgrade

target = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "schema_0001.db"
target.unlink(missing_ok=True)
db = peewee.SqliteDatabase(str(target))
upgrade(db, target="0001_initial")
db.close()
con = sqlite3.connect(target)
con.executescript(
    """
    INSERT INTO setting VALUES ('branch.name', '"上海浦东售后服务部"'), ('branch.code', '"SH"');
    INSERT INTO staff (id, name, phone, role, department_id, skills, active, password_hash, created_at)
        VALUES (1, '王丽', '13900000001', 'receptionist', 1, '', 1, '', '2026-01-05 09:00:00');
    INSERT INTO customer (id, name, note, created_at) VALUES (1, '张伟', '', '2026-01-05 09:10:00');
    INSERT INTO customer_phone (customer_id, phone, is_primary) VALUES (1, '13812345678', 1);
    INSERT INTO site (id, customer_id, address, district, contract_no, project_name, completion_date, archived, created_at)
        VALUES (1, 1, '徐汇区漕溪北路88号1201室', '徐汇区', 'HT2024-0042', '卫生间翻新', '2024-06-30', 0, '2026-01-05 09:10:00');
    INSERT INTO ticket_counter VALUES ('SH', '2026-01-05', 1);
    INSERT INTO ticket (id, number, customer_id, site_id, kind, channel, contact_phone, work_category, product_model,
        cause_category, department_id, urgent, complex_repair, major, problem, complaint_about, status, escalated,
        escalated_to, cancel_reason, received_at, received_by_id, next_clock, next_due_at, created_at, updated_at)
        VALUES (1, 'SH-20260105-0001', 1, 1, 'repair', 'phone', '13812345678', 'bathroom_waterproofing', '',
        'construction', 2, 0, 0, 0, '卫生间地面渗水到楼下', '', 'registered', 0, '', '',
        '2026-01-05 09:10:00', 1, 'first_response', '2026-01-06 09:10:00', '2026-01-05 09:10:00', '2026-01-05 09:10:00');
    """
)
con.commit()
con.execute("PRAGMA page_size = 512")  # keep the committed fixture small
con.execute("VACUUM")
con.close()
print(target, target.stat().st_size)
