// Fixture of tests/layering.cmake: a lower-case widget header on line 3; qaction.h is allowed (QtGui).
#include <qaction.h>
#include <qapplication.h>
