#pragma once

#include <QByteArray>

// Random bytes for secrets (tokens, nonces, Message-IDs) from the kernel's
// generator. QRandomGenerator::system() asks the CPU (RDSEED) word by word
// first, which on a virtual machine costs microseconds per word and was a
// tenth of all the request thread did per application.
namespace SecureRandom {

QByteArray bytes(int count);
quint64 number();

} // namespace SecureRandom
