// Fixture of tests/layering.cmake: includes two forbidden headers (lines 4 and 5) and two allowed.
#pragma once
#include <QPainter>
#include <QWidget>
#include <QtPrintSupport/QPrinter>
#include <QtGui/QAction>
