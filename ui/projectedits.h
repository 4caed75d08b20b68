#pragma once
// Views that show the project follow all of its edits the same way: whatever element was
// added, changed or removed, `edited` runs (with the element's id, if it takes one). The
// connections end when `context` goes.

#include "project/project.h"

#include <QObject>

namespace sw::ui {

template <typename Edited>
void followProjectEdits(project::Project* project, QObject* context, Edited edited)
{
    QObject::connect(project, &project::Project::elementAdded, context, edited);
    QObject::connect(project, &project::Project::elementChanged, context, edited);
    QObject::connect(project, &project::Project::elementRemoved, context, edited);
}

} // namespace sw::ui
