#pragma once

#include "application.h"

// Applications that pass every rule, to be broken one field at a time.
namespace TestData {
Customer validCustomer();
Destination validDestination();
LoginUser validLoginUser(int n = 0);
Application validApplication();
// The sample step-3 schema shipped in resources/ (also used by the demo).
QByteArray sampleSchemaJson();
} // namespace TestData
