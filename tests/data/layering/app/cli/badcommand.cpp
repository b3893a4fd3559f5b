// Fixture of tests/layering.cmake: the CLI reaching for a widget-side header (line 2).
#include "ui/mainwindow.h"
#include "models/query/snapshot.h"
