-- CreateTable
CREATE TABLE "correction" (
    "id" UUID NOT NULL,
    "page" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "message_hash" TEXT NOT NULL,
    "contact_email" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "correction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "correction_created_at_idx" ON "correction"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "correction_page_message_hash_key" ON "correction"("page", "message_hash");
