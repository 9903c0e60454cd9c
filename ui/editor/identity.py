"""Identity: reference, name, description, role, owner, status and joint controllers."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QWidget

from ropa.domain.enums import Role, Status
from ropa.domain.model import Activity
from ui.editor.base import EditorHost, Section
from ui.widgets.fields import EnumCombo, LineField, TextField
from ui.widgets.picker import CataloguePicker


class IdentitySection(Section):
    key = "identity"

    def __init__(self, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.set_heading(self.tr("Identity"), self.tr("Name of the processing activity, its owner and its role (Art. 30(1)(a), 30(2)(a))."))
        t = self.t
        self.reference = LineField(self)
        self.reference.setObjectName("reference")
        self.reference.setMaximumWidth(180)
        self.name = LineField(self, self.tr("What the processing is, in a few words"))
        self.name.setObjectName("name")
        self.description = TextField(self, 3, self.tr("What happens, for whom, with which tools"))
        self.description.setObjectName("description")
        self.role = EnumCombo(Role, t, parent=self)
        self.role.setObjectName("role")
        self.owner = LineField(self, self.tr("Business function responsible, e.g. HR"))
        self.owner.setObjectName("owner")
        self._owners = QStringListModel(self)
        completer = QCompleter(self._owners, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.owner.setCompleter(completer)
        self.status = EnumCombo(Status, t, parent=self)
        self.status.setObjectName("status")
        self.joint = CataloguePicker(self, visible_rows=3)
        self.joint.setObjectName("jointControllers")

        self.add_row(self.tr("&Reference"), self.reference)
        self.add_row(self.tr("&Name"), self.name)
        self.add_row(self.tr("&Description"), self.description)
        self.add_row(self.tr("Ro&le"), self.role)
        self.add_row(self.tr("&Owner"), self.owner)
        self.add_row(self.tr("&Status"), self.status)
        self.add_row(self.tr("&Joint controllers"), self.joint)

        self.reference.edited.connect(lambda v: self._set(self.tr("Reference"), reference=v))
        self.name.edited.connect(lambda v: self._set(self.tr("Name"), name=v))
        self.description.edited.connect(lambda v: self._set(self.tr("Description"), description=v))
        self.role.edited.connect(lambda v: self._set(self.tr("Role"), role=v))
        self.owner.edited.connect(lambda v: self._set(self.tr("Owner"), owner=v))
        self.status.edited.connect(lambda v: self._set(self.tr("Status"), status=v))
        self.joint.selection_changed.connect(lambda v: self._set(self.tr("Joint controllers"), joint_controllers=v))
        self.joint.create_requested.connect(self._create_joint)

    def _set(self, what: str, **fields: object) -> None:
        self.host.apply(lambda a: replace(a, **fields), self.what(what))  # type: ignore[arg-type]

    def _create_joint(self, name: str) -> None:
        self.host.create_item(
            "joint_controllers", name,
            lambda a, uuid: replace(a, joint_controllers=(*a.joint_controllers, uuid)),
            self.what(self.tr("Joint controllers")),
        )

    def load(self, activity: Activity) -> None:
        self.reference.set_value(activity.reference)
        self.name.set_value(activity.name)
        self.description.set_value(activity.description)
        self.role.set_value(activity.role)
        self.owner.set_value(activity.owner)
        self.status.set_value(activity.status)
        self.joint.set_selected(activity.joint_controllers)
        joint = activity.role is Role.JOINT_CONTROLLER or bool(activity.joint_controllers)
        self.form.setRowVisible(self.joint, joint)

    def catalogues_changed(self) -> None:
        self.joint.set_choices(self.host.choices("joint_controllers"))
        self._owners.setStringList(self.host.owners())
