"""Other office settings in one dialog with sections (issue 9.5: R1.6, R3.0, R4.7, R8.2, R8.4, R10.1)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import vocab
from app.errors import ValidationError
from app.phones import format_phone
from app.services import office_settings
from app.services.office_settings import OFFICE_LANGUAGES, OfficeSettings
from ui import events, labels
from ui.admin.common import AdminDialog, mark_invalid
from ui.admin.grade_band_model import GradeBandModel
from ui.errors import problems_text
from ui.widgets import TimeField


def _money_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, office_settings.MAX_PENALTY)
    box.setDecimals(0)
    box.setSingleStep(10)
    return box


class OfficeSettingsDialog(AdminDialog):
    def __init__(
        self, clock: Callable[[], datetime], actor_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(clock, actor_id, parent)
        self.changed: list[str] = []
        self.tabs = QTabWidget(objectName="sections")
        self._labels: dict[str, QLabel] = {}

        # Branch (R1.6)
        self.branch_name = QLineEdit(objectName="branch_name")
        self.branch_code = QLineEdit(objectName="branch_code")
        self.branch_code.setMaxLength(6)
        self.branch_address = QLineEdit(objectName="branch_address")
        self.branch_phone = QLineEdit(objectName="branch_phone")
        self.code_hint = QLabel()
        self.code_hint.setWordWrap(True)
        # R3.0 office hours: working-day limits count the time between opening and closing
        self.opens = TimeField(objectName="office_opens")
        self.closes = TimeField(objectName="office_closes")
        for edit in (self.opens, self.closes):
            edit.setDisplayFormat("HH:mm")
            edit.setMaximumWidth(110)
        self.hours_hint = QLabel(objectName="office_hours_hint")
        self.hours_hint.setWordWrap(True)
        branch = QWidget()
        form = QFormLayout(branch)
        for key, widget in (
            ("branch_name", self.branch_name),
            ("branch_code", self.branch_code),
            ("branch_address", self.branch_address),
            ("branch_phone", self.branch_phone),
        ):
            form.addRow(self._label(key, widget), widget)
        form.addRow("", self.code_hint)
        form.addRow(self._label("office_opens", self.opens), self.opens)
        form.addRow(self._label("office_closes", self.closes), self.closes)
        form.addRow("", self.hours_hint)

        # Tickets (R4.7) and appointments
        self.repeat_window_days = QSpinBox(objectName="repeat_window_days")
        self.repeat_window_days.setRange(1, office_settings.MAX_REPEAT_DAYS)
        self.appointment_minutes = QSpinBox(objectName="appointment_minutes")
        self.appointment_minutes.setRange(15, office_settings.MAX_APPOINTMENT_MINUTES)
        self.appointment_minutes.setSingleStep(15)
        tickets = QWidget()
        form = QFormLayout(tickets)
        form.addRow(self._label("repeat_window_days", self.repeat_window_days), self.repeat_window_days)
        form.addRow(self._label("appointment_minutes", self.appointment_minutes), self.appointment_minutes)

        # Penalties (R8.2)
        self.penalties: dict[str, QDoubleSpinBox] = {}
        penalties = QWidget(objectName="penalties")
        form = QFormLayout(penalties)
        self.penalty_hint = QLabel()
        self.penalty_hint.setWordWrap(True)
        form.addRow(self.penalty_hint)
        for kind in vocab.PENALTY_TYPES:
            box = _money_box()
            box.setObjectName("penalty_" + kind)
            self.penalties[kind] = box
            form.addRow(self._label("penalty:" + kind, box), box)
        # R8.4: how much each penalty or reward moves the appraisal score
        self.incident_points: dict[str, QDoubleSpinBox] = {}
        self.points_widget = QWidget(objectName="incident_points")
        pform = QFormLayout(self.points_widget)
        pform.setContentsMargins(0, 8, 0, 0)
        for kind in ("penalty", "reward"):
            box = QDoubleSpinBox(objectName="points_" + kind)
            box.setRange(0, 100)
            box.setDecimals(1)
            self.incident_points[kind] = box
            pform.addRow(self._label("points:" + kind, box), box)
        form.addRow(self.points_widget)

        # Appraisal (R8.4)
        self.weights: dict[str, QDoubleSpinBox] = {}
        appraisal = QWidget()
        av = QVBoxLayout(appraisal)
        self.weights_widget = QWidget(objectName="weights")
        wform = QFormLayout(self.weights_widget)
        for figure in vocab.APPRAISAL_FIGURES:
            box = QDoubleSpinBox(objectName="weight_" + figure)
            box.setRange(0, 100)
            box.setDecimals(0)
            box.setSuffix(" %")
            box.valueChanged.connect(self._update_total)
            self.weights[figure] = box
            wform.addRow(self._label("figure:" + figure, box), box)
        self.weight_total = QLabel(objectName="weight_total")
        wform.addRow("", self.weight_total)
        self.bands = GradeBandModel(self)
        self.band_view = QTableView(objectName="grade_bands")
        self.band_view.setModel(self.bands)
        self.band_view.verticalHeader().hide()
        self.band_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.band_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.band_view.setMinimumHeight(170)
        self.add_band_button = QPushButton(objectName="add_band")
        self.add_band_button.clicked.connect(self._add_band)
        self.remove_band_button = QPushButton(objectName="remove_band")
        self.remove_band_button.clicked.connect(self._remove_band)
        self.bands_title = QLabel()
        band_buttons = QHBoxLayout()
        band_buttons.addWidget(self.add_band_button)
        band_buttons.addWidget(self.remove_band_button)
        band_buttons.addStretch(1)
        av.addWidget(self.weights_widget)
        av.addWidget(self.bands_title)
        av.addWidget(self.band_view)
        av.addLayout(band_buttons)

        # Export (R10.1)
        self.mask_phones = QCheckBox(objectName="mask_phones")
        export = QWidget()
        ev = QVBoxLayout(export)
        ev.addWidget(self.mask_phones)
        # The office's language: scheduled (headless) exports and prints are written in it.
        self.office_language = QComboBox(objectName="office_language")
        for _ in OFFICE_LANGUAGES:
            self.office_language.addItem("")
        self.office_language_label = QLabel()
        self.office_language_label.setBuddy(self.office_language)
        ev.addWidget(self.office_language_label)
        ev.addWidget(self.office_language)
        ev.addStretch(1)

        self._pages = [branch, tickets, penalties, appraisal, export]
        for page in self._pages:
            self.tabs.addTab(page, "")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self._load(office_settings.load())
        self.retranslate_ui()
        self.resize(640, 560)

    def _label(self, key: str, widget: QWidget) -> QLabel:
        label = QLabel()
        label.setBuddy(widget)
        self._labels[key] = label
        return label

    def _load(self, s: OfficeSettings) -> None:
        self.branch_name.setText(s.branch_name)
        self.branch_code.setText(s.branch_code)
        self.branch_address.setText(s.branch_address)
        self.branch_phone.setText(format_phone(s.branch_phone))
        self.repeat_window_days.setValue(s.repeat_window_days)
        self.appointment_minutes.setValue(s.appointment_minutes)
        for kind, box in self.penalties.items():
            box.setValue(float(s.penalties.get(kind, 0)))
        for figure, box in self.weights.items():
            box.setValue(float(s.weights.get(figure, 0)))
        for kind, box in self.incident_points.items():
            box.setValue(float(s.incident_points.get(kind, 0)))
        self.bands.load(s.grade_bands)
        self.mask_phones.setChecked(s.mask_phones)
        self.office_language.setCurrentIndex(OFFICE_LANGUAGES.index(s.office_language or ""))
        self.opens.setTime(QTime(s.opens.hour, s.opens.minute))
        self.closes.setTime(QTime(s.closes.hour, s.closes.minute))

    def value(self) -> OfficeSettings:
        return OfficeSettings(
            branch_name=self.branch_name.text(),
            branch_code=self.branch_code.text(),
            branch_address=self.branch_address.text(),
            branch_phone=self.branch_phone.text(),
            repeat_window_days=self.repeat_window_days.value(),
            appointment_minutes=self.appointment_minutes.value(),
            penalties={k: box.value() for k, box in self.penalties.items()},
            weights={k: box.value() for k, box in self.weights.items()},
            grade_bands=self.bands.bands(),
            incident_points={k: box.value() for k, box in self.incident_points.items()},
            mask_phones=self.mask_phones.isChecked(),
            office_language=OFFICE_LANGUAGES[max(self.office_language.currentIndex(), 0)],
            opens=self.opens.time().toPython().replace(second=0, microsecond=0),
            closes=self.closes.time().toPython().replace(second=0, microsecond=0),
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Office settings"))
        for i, title in enumerate(
            (
                self.tr("Branch"),
                self.tr("Tickets"),
                self.tr("Penalties"),
                self.tr("Appraisal"),
                self.tr("Export"),
            )
        ):
            self.tabs.setTabText(i, title)
        texts = {
            "branch_name": self.tr("Branch &name *"),
            "branch_code": self.tr("Branch &code *"),
            "branch_address": self.tr("&Address"),
            "branch_phone": self.tr("&Phone"),
            "office_opens": self.tr("Office &opens at"),
            "office_closes": self.tr("Office c&loses at"),
            "repeat_window_days": self.tr("&Repeat repair window"),
            "appointment_minutes": self.tr("Default &appointment length"),
        }
        for kind in vocab.PENALTY_TYPES:
            texts["penalty:" + kind] = labels.label("penalty", kind)
        for figure in vocab.APPRAISAL_FIGURES:
            texts["figure:" + figure] = labels.label("figure", figure)
        texts["points:penalty"] = self.tr("Score points off per &penalty")
        texts["points:reward"] = self.tr("Score points on per re&ward")
        for key, text in texts.items():
            self._labels[key].setText(text)
        self.code_hint.setText(
            self.tr(
                "The code starts every new ticket number and is printed on forms. Changing it never renumbers existing tickets."
            )
        )
        self.hours_hint.setText(
            self.tr(
                "Time limits in working days count only office time on working days, so their deadlines fall inside office hours; limits in hours run around the clock."
            )
        )
        self.repeat_window_days.setSuffix(self.tr(" days"))
        self.appointment_minutes.setSuffix(self.tr(" minutes"))
        for box in self.penalties.values():
            box.setSuffix(self.tr(" yuan"))
        for box in self.incident_points.values():
            box.setSuffix(self.tr(" points"))
        self.penalty_hint.setText(
            self.tr(
                "Amount per incident. The third refusal of dispatch or false claim leads to a dismissal review."
            )
        )
        self.bands_title.setText(
            self.tr("Grade bands (a score from the lower bound up to, not including, the upper)")
        )
        self.add_band_button.setText(self.tr("Add &band"))
        self.remove_band_button.setText(self.tr("Remo&ve band"))
        self.mask_phones.setText(self.tr("&Mask phone numbers in exports (138****5678)"))
        self.office_language_label.setText(
            self.tr("Office &language of scheduled exports and prints (the command line):")
        )
        names = (self.tr("The computer's language"), "中文", "English")
        for i, name in enumerate(names):
            self.office_language.setItemText(i, name)
        self.bands.retranslate()
        self._update_total()

    def _update_total(self, *_args) -> None:
        total = sum(box.value() for box in self.weights.values())
        self.weight_total.setText(self.tr("Total: %1 % (must be 100 %)").replace("%1", f"{total:g}"))

    def _add_band(self) -> None:
        row = self.bands.add_band()
        self.band_view.setCurrentIndex(self.bands.index(row, 0))
        self.band_view.edit(self.bands.index(row, 0))

    def _remove_band(self) -> None:
        index = self.band_view.currentIndex()
        if index.isValid():
            self.bands.remove_band(index.row())

    def _widget_for(self, field: str | None) -> QWidget | None:
        if field is None:
            return None
        if field.startswith("penalty:"):
            return self.penalties.get(field.split(":", 1)[1])
        if field == "weights":
            return self.weights_widget
        if field == "incident_points":
            return self.points_widget
        if field == "grade_bands":
            return self.band_view
        if field == "office_hours":
            return self.closes
        return self.findChild(QWidget, field)

    def accept(self) -> None:
        for page_widget in (
            self.branch_name,
            self.branch_code,
            self.branch_phone,
            self.repeat_window_days,
            self.appointment_minutes,
            self.opens,
            self.closes,
            self.band_view,
            self.weights_widget,
            *self.penalties.values(),
        ):
            mark_invalid(page_widget, False)
        value = self.value()
        done = self.run(
            lambda op: office_settings.save(value, op.actor, op.now),
            {events.SETTINGS},
            on_invalid=self._show_problems,
        )
        if done:
            self.changed = done.value
            super().accept()

    def _show_problems(self, problems: list[ValidationError]) -> None:
        self.errors.setText(problems_text(problems))
        for e in problems:
            widget = self._widget_for(e.field)
            if widget is not None:
                mark_invalid(widget, True)
        first = self._widget_for(problems[0].field)
        if first is not None:
            for i, page in enumerate(self._pages):
                if page.isAncestorOf(first):
                    self.tabs.setCurrentIndex(i)
            first.setFocus()
