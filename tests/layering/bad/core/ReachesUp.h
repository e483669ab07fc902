#pragma once

// Fixture for layering_check_detects: core/ reaching up into ui/ and app/, and into QtWidgets.
#include "app/gui/WindowContext.h"
#include "core/jwt/Jwt.h"
#include "ui/window/MainWindow.h"

#include <QObject>
#include <QWidget>
#include <QtWidgets/QLabel>
