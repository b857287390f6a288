-- Trigram matching for occupation search (Prisma does not manage extensions
-- without a preview feature, so the first migration creates it).
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateTable
CREATE TABLE "noc_class" (
    "code" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "level_name" TEXT NOT NULL,
    "title_en" TEXT NOT NULL,
    "title_fr" TEXT,
    "definition_en" TEXT NOT NULL,
    "parent_code" TEXT,

    CONSTRAINT "noc_class_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "occupation" (
    "code" TEXT NOT NULL,
    "teer" INTEGER NOT NULL,
    "title_en" TEXT NOT NULL,
    "title_fr" TEXT NOT NULL,
    "lead_statement_en" TEXT NOT NULL,

    CONSTRAINT "occupation_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "occupation_title" (
    "id" SERIAL NOT NULL,
    "occupation_code" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "search" tsvector,

    CONSTRAINT "occupation_title_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "oasis_profile" (
    "code" TEXT NOT NULL,
    "occupation_code" TEXT NOT NULL,
    "label_en" TEXT NOT NULL,
    "lead_statement_en" TEXT NOT NULL,

    CONSTRAINT "oasis_profile_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "descriptor" (
    "code" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "structure_type" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_fr" TEXT NOT NULL,
    "description_en" TEXT NOT NULL,
    "description_fr" TEXT NOT NULL,
    "parent_code" TEXT,
    "scale_min" INTEGER NOT NULL,
    "scale_max" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "descriptor_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "rating" (
    "profile_code" TEXT NOT NULL,
    "descriptor_code" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "rating_pkey" PRIMARY KEY ("profile_code","descriptor_code")
);

-- CreateTable
CREATE TABLE "profile_interest" (
    "profile_code" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "descriptor_code" TEXT NOT NULL,

    CONSTRAINT "profile_interest_pkey" PRIMARY KEY ("profile_code","rank")
);

-- CreateTable
CREATE TABLE "profile_text" (
    "profile_code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "profile_text_pkey" PRIMARY KEY ("profile_code","kind","position")
);

-- CreateTable
CREATE TABLE "outlook" (
    "occupation_code" TEXT NOT NULL,
    "employment_2023" INTEGER,
    "employment_growth" INTEGER,
    "retirements" INTEGER,
    "other_replacement" INTEGER,
    "job_openings" INTEGER,
    "school_leavers" INTEGER,
    "immigration" INTEGER,
    "other_seekers" INTEGER,
    "job_seekers" INTEGER,
    "recent_condition" TEXT,
    "future_condition" TEXT,

    CONSTRAINT "outlook_pkey" PRIMARY KEY ("occupation_code")
);

-- CreateTable
CREATE TABLE "wage" (
    "occupation_code" TEXT NOT NULL,
    "noc_2016" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "region_name" TEXT NOT NULL,
    "province" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "low" DOUBLE PRECISION,
    "median" DOUBLE PRECISION,
    "high" DOUBLE PRECISION,

    CONSTRAINT "wage_pkey" PRIMARY KEY ("occupation_code","noc_2016","province","region_code","year")
);

-- CreateTable
CREATE TABLE "data_import" (
    "id" SERIAL NOT NULL,
    "data_version" TEXT NOT NULL,
    "counts" JSONB NOT NULL,
    "imported_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "data_import_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "noc_class_parent_code_idx" ON "noc_class"("parent_code");

-- CreateIndex
CREATE INDEX "occupation_teer_idx" ON "occupation"("teer");

-- CreateIndex
CREATE INDEX "occupation_title_occupation_code_idx" ON "occupation_title"("occupation_code");

-- CreateIndex
CREATE INDEX "occupation_title_trgm" ON "occupation_title" USING GIN ("normalized" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "occupation_title_search" ON "occupation_title" USING GIN ("search");

-- CreateIndex
CREATE UNIQUE INDEX "occupation_title_occupation_code_locale_title_key" ON "occupation_title"("occupation_code", "locale", "title");

-- CreateIndex
CREATE INDEX "oasis_profile_occupation_code_idx" ON "oasis_profile"("occupation_code");

-- CreateIndex
CREATE INDEX "descriptor_category_structure_type_idx" ON "descriptor"("category", "structure_type");

-- CreateIndex
CREATE INDEX "rating_descriptor_code_idx" ON "rating"("descriptor_code");

-- CreateIndex
CREATE INDEX "wage_occupation_code_year_idx" ON "wage"("occupation_code", "year");

-- CreateIndex
CREATE UNIQUE INDEX "data_import_data_version_key" ON "data_import"("data_version");

-- AddForeignKey
ALTER TABLE "noc_class" ADD CONSTRAINT "noc_class_parent_code_fkey" FOREIGN KEY ("parent_code") REFERENCES "noc_class"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "occupation" ADD CONSTRAINT "occupation_code_fkey" FOREIGN KEY ("code") REFERENCES "noc_class"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "occupation_title" ADD CONSTRAINT "occupation_title_occupation_code_fkey" FOREIGN KEY ("occupation_code") REFERENCES "occupation"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "oasis_profile" ADD CONSTRAINT "oasis_profile_occupation_code_fkey" FOREIGN KEY ("occupation_code") REFERENCES "occupation"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "descriptor" ADD CONSTRAINT "descriptor_parent_code_fkey" FOREIGN KEY ("parent_code") REFERENCES "descriptor"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rating" ADD CONSTRAINT "rating_profile_code_fkey" FOREIGN KEY ("profile_code") REFERENCES "oasis_profile"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rating" ADD CONSTRAINT "rating_descriptor_code_fkey" FOREIGN KEY ("descriptor_code") REFERENCES "descriptor"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "profile_interest" ADD CONSTRAINT "profile_interest_profile_code_fkey" FOREIGN KEY ("profile_code") REFERENCES "oasis_profile"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "profile_interest" ADD CONSTRAINT "profile_interest_descriptor_code_fkey" FOREIGN KEY ("descriptor_code") REFERENCES "descriptor"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "profile_text" ADD CONSTRAINT "profile_text_profile_code_fkey" FOREIGN KEY ("profile_code") REFERENCES "oasis_profile"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outlook" ADD CONSTRAINT "outlook_occupation_code_fkey" FOREIGN KEY ("occupation_code") REFERENCES "occupation"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wage" ADD CONSTRAINT "wage_occupation_code_fkey" FOREIGN KEY ("occupation_code") REFERENCES "occupation"("code") ON DELETE CASCADE ON UPDATE CASCADE;
