#pragma once

#include "core/application.h"
#include "core/fieldtable.h"

// Applications that pass every rule, to be broken one field at a time.
namespace TestData {
Customer validCustomer();
Destination validDestination();
// A second site for an application: an Osaka branch (大阪支店, 530-0001,
// 大阪府大阪市北区梅田2-2, 0612345678), its names those of `customer`.
Destination branchInOsaka(const Customer &customer);
LoginUser validLoginUser(int n = 0);
Application validApplication();
// The sample step-3 schema shipped in resources/ (also used by the demo).
QByteArray sampleSchemaJson();
// The sample schema written as DIR/NAME, for --additional-info; its path.
QString writeSampleSchema(const QString &dir, const QString &name = QStringLiteral("schema.json"));
// A field of the table by its wire name (tests may spell names; product code
// reads them from the table).
FieldSpec customerSpec(const char *name);
FieldSpec destinationSpec(const char *name);
FieldSpec loginUserSpec(const char *name);
} // namespace TestData
