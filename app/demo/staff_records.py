"""The demo's staff records: incidents, training sessions and patrols (R8, R5.6)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from decimal import Decimal

from app.models import (
    Site,
    Staff,
)
from app.services import settings

_TRAINING_TOPICS = [
    ("卫生间防水返修工艺与闭水试验", "防水工程师 周工", 3),
    ("客户沟通礼仪与投诉处理", "售后管理部 陈经理", 2),
    ("强弱电故障排查与安全规范", "电气工程师 吴工", 4),
    ("定制柜门铰链与五金调整", "厂家技术员 郑工", 2),
    ("瓷砖空鼓检测与修补", "项目部 王工", 3),
    ("壁挂炉常见故障与更换流程", "厂家技术员 冯工", 3),
]
_PATROL_FINDINGS = [
    "外墙东侧有轻微渗水痕迹",
    "卫生间地漏周边打胶老化",
    "阳台推拉门密封条脱落",
    "未发现问题，客户表示满意",
    "厨房吊柜门铰链松动",
    "未发现问题",
]


def fill_staff_records(rng: random.Random, now: datetime) -> None:
    """R8 and R5.6 records the appraisal, training and patrol screens show: incidents of the
    last months, quarterly training sessions, patrols of sites in warranty. A separate random
    stream, so the tickets of a seed stay the same."""
    from app.models import Incident, PatrolRecord, TrainingAttendance, TrainingSession

    techs = [s.id for s in Staff.select().where(Staff.role == "technician").order_by(Staff.id)]
    supervisor = Staff.select().where(Staff.role == "supervisor").first()
    manager = Staff.select().where(Staff.role == "manager").first()
    if not techs or supervisor is None:
        return
    amounts = settings.penalty_amounts()
    incidents = []
    for _ in range(14):
        day = (now - timedelta(days=rng.randrange(5, 200))).date()
        if rng.random() < 0.7:
            kind, code = (
                "penalty",
                rng.choice(["late_arrival", "late_arrival", "personal_delay", "arguing", "repeat_fault"]),
            )
            amount = Decimal(str(amounts.get(code, 20)))
        else:
            kind, code, amount = (
                "reward",
                rng.choice(["outstanding", "customer_praise"]),
                Decimal(rng.choice([50, 100, 200])),
            )
        incidents.append(
            {
                "staff": rng.choice(techs),
                "kind": kind,
                "incident_type": code,
                "amount": amount,
                "day": day,
                "description": "迟到约20分钟，未提前告知客户"
                if code == "late_arrival"
                else ("客户来电表扬服务细致" if kind == "reward" else "主管现场抽查发现"),
                "recorded_by": (manager or supervisor).id,
                "recorded_at": datetime.combine(day, datetime.min.time()) + timedelta(hours=17),
            }
        )
    Incident.insert_many(incidents).execute()
    for i, (topic, trainer, hours) in enumerate(_TRAINING_TOPICS):
        day = (now - timedelta(days=20 + 75 * i)).date()
        session = TrainingSession.create(day=day, topic=topic, trainer=trainer, hours=hours)
        for staff_id in rng.sample(techs, k=max(2, len(techs) * 2 // 3)):
            TrainingAttendance.create(session=session, staff=staff_id)
    in_warranty = list(
        Site.select(Site.id)
        .where(Site.completion_date >= (now - timedelta(days=700)).date())
        .order_by(Site.id)
        .limit(200)
    )
    for site in rng.sample(in_warranty, k=min(30, len(in_warranty))):
        PatrolRecord.create(
            site=site.id,
            day=(now - timedelta(days=rng.randrange(1, 150))).date(),
            inspector=supervisor.id,
            findings=rng.choice(_PATROL_FINDINGS),
        )
