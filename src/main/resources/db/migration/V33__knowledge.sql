-- Knowledge and dialogue (DOMAIN.md: knowledge and dialogue): each feature adds its tables here.
create schema knowledge;
