// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QFrame;
class QLabel;
class QWidget;

namespace atlas {

/// Grey secondary text in the inspector; reads on light and dark palettes.
inline const QString kGrey = QStringLiteral("color: #808080;");

/// Building blocks of the inspector's body. Every dataset text goes through plainLabel(): plain text,
/// so markup in a file is shown, never interpreted.
QLabel *plainLabel(const QString &text, QWidget *parent, bool wrap = true);
QLabel *headingLabel(const QString &text, QWidget *parent, double scale = 1.1);
void setBold(QWidget *widget, bool bold);
/// A visibly marked discrepancy or caveat: a warning sign in a coloured frame.
QFrame *noteFrame(const QString &text, QWidget *parent);
/// The verbatim excerpt, set off as a quotation: indented, italic, with a rule on the left.
QFrame *quoteFrame(const QString &quote, QWidget *parent);
QFrame *rule(QWidget *parent);

} // namespace atlas
