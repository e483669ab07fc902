#pragma once

// Fixture for layering_check_detects: ui/ reaching into app/, QtNetwork and OpenSSL.
#include "app/gui/NetworkServices.h"
#include "core/client/Client.h"

#include <QNetworkAccessManager>
#include <QWidget>
#include <QtNetwork/QSslSocket>

#include <openssl/evp.h>
