PRAGMA user_version = 4;
BEGIN TRANSACTION;
CREATE TABLE files (
    file TEXT PRIMARY KEY,
    key TEXT,
    reference TEXT,
    readable INTEGER NOT NULL,
    problems TEXT,
    id TEXT,
    live INTEGER NOT NULL DEFAULT 0,
    published REAL,
    day TEXT,
    paths TEXT,
    pages INTEGER NOT NULL DEFAULT 0,
    listing TEXT,
    language TEXT,
    agency TEXT,
    section TEXT,
    keywords TEXT
);
INSERT INTO "files" VALUES('/tmp/tmpzdpqb9bp/articles/2025-11-07-baghdad-iraq-us-security-consultations.txt','db8d29df4099df18e457c5866113db4e50f1df3569584d9ec563d7725c4f96f5',NULL,1,NULL,'2025-11-07-baghdad-iraq-us-security-consultations',1,1762462800.0,'2025-11-07','["articles/2025-11-07/2025-11-07-baghdad-iraq-us-security-consultations.html", "articles/2025-11-07/2025-11-07-baghdad-iraq-us-security-consultations.jsonld"]',2,'{"id": "2025-11-07-baghdad-iraq-us-security-consultations", "published": "2025-11-07T00:00:00+03:00", "headline": "مشاورات عراقية أمريكية في بغداد لبحث مستقبل العلاقات الأمنية", "url": "https://news.example.org/articles/2025-11-07/2025-11-07-baghdad-iraq-us-security-consultations.html", "language": "ar", "agency": "xinhua", "section": null, "keywords": []}','ar','xinhua',NULL,'[]');
INSERT INTO "files" VALUES('/tmp/tmpzdpqb9bp/articles/ap-no-date-with-published.txt','834e289f0856837237d644e42b4e175d55fd5869acb185de7beb35d39033622c',NULL,1,NULL,'ap-no-date-with-published',1,1762524000.0,'2025-11-07','["articles/2025-11-07/ap-no-date-with-published.html", "articles/2025-11-07/ap-no-date-with-published.jsonld"]',2,'{"id": "ap-no-date-with-published", "published": "2025-11-07T09:00:00-05:00", "headline": "Senate passes spending bill", "url": "https://news.example.org/articles/2025-11-07/ap-no-date-with-published.html", "language": "en", "agency": "ap", "section": null, "keywords": []}','en','ap',NULL,'[]');
INSERT INTO "files" VALUES('/tmp/tmpzdpqb9bp/articles/en-xinhua-front-matter.txt','a3d58141369aa5d6d80abe3bce30522f3a61de8e5e17aaca69c631e31679f3b0',NULL,1,NULL,'en-xinhua-front-matter',1,1762515000.0,'2025-11-07','["articles/2025-11-07/en-xinhua-front-matter.html", "articles/2025-11-07/en-xinhua-front-matter.jsonld"]',2,'{"id": "en-xinhua-front-matter", "published": "2025-11-07T14:30:00+03:00", "headline": "Iraq, U.S. hold talks on future of security ties", "url": "https://news.example.org/2025/11/07/iraq-us-security-talks", "language": "en", "agency": "xinhua", "section": "World", "keywords": ["Iraq", "United States", "security"]}','en','xinhua','World','["iraq", "united states", "security"]');
INSERT INTO "files" VALUES('/tmp/tmpzdpqb9bp/articles/fr-afp.json','2510ea2f1ec55bb1469d1184d65187bcaa560fadc138742acc2b68240684f2f4',NULL,1,NULL,'fr-afp',1,1762462800.0,'2025-11-07','["articles/2025-11-07/fr-afp.html", "articles/2025-11-07/fr-afp.jsonld"]',2,'{"id": "fr-afp", "published": "2025-11-07T00:00:00+03:00", "headline": "Le gouvernement présente son budget", "url": "https://news.example.org/articles/2025-11-07/fr-afp.html", "language": "fr", "agency": "afp", "section": null, "keywords": []}','fr','afp',NULL,'[]');
INSERT INTO "files" VALUES('/tmp/tmpzdpqb9bp/articles/zh-xinhua.txt','612200302c82cafffdb2d93d26e3e3e9d853b7938552958684f6fe06dd593783','2025-11-10',1,NULL,'zh-xinhua',1,1762462800.0,'2025-11-07','["articles/2025-11-07/zh-xinhua.html", "articles/2025-11-07/zh-xinhua.jsonld"]',2,'{"id": "zh-xinhua", "published": "2025-11-07T00:00:00+03:00", "headline": "中国外交部就伊拉克局势表态", "url": "https://news.example.org/articles/2025-11-07/zh-xinhua.html", "language": "zh", "agency": "xinhua", "section": null, "keywords": []}','zh','xinhua',NULL,'[]');
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO "meta" VALUES('build','fdcf7d2007bfd1838c09');
INSERT INTO "meta" VALUES('site','c33ebd70b6548d615a19497460c842e2c13aa9326250eaae5bd0abcc24901ec9');
INSERT INTO "meta" VALUES('encoding','');
CREATE TABLE stamps (part TEXT PRIMARY KEY, data BLOB NOT NULL);
INSERT INTO "stamps" VALUES('stamps',X'0915000000000000F0D486552010EE18C4000000000000007A0C88552010EE189202000000000000C89188552010EE184701000000000000458A8A552010EE18010100000000000093328B552010EE18');
INSERT INTO "stamps" VALUES('names',X'DB050000007A4F2F746D702F746D707A647071623962702F61727469636C65732F323032352D31312D30372D626167686461642D697261712D75732D73656375726974792D636F6E73756C746174696F6E732E7478747A372F746D702F746D707A647071623962702F61727469636C65732F61702D6E6F2D646174652D776974682D7075626C69736865642E7478747A342F746D702F746D707A647071623962702F61727469636C65732F656E2D78696E6875612D66726F6E742D6D61747465722E7478747A252F746D702F746D707A647071623962702F61727469636C65732F66722D6166702E6A736F6E7A272F746D702F746D707A647071623962702F61727469636C65732F7A682D78696E6875612E747874');
CREATE INDEX files_by_order ON files (live, published DESC, id);
CREATE INDEX files_by_id ON files (id);
CREATE INDEX files_by_day ON files (day, live);
CREATE INDEX files_dated ON files (reference) WHERE reference IS NOT NULL;
CREATE INDEX files_by_pages ON files (live, pages);
CREATE INDEX files_troubled ON files (file, readable, problems)
    WHERE readable = 0 OR problems IS NOT NULL;
COMMIT;
