"""Storage: Peewee models, the connection, migrations. Imports ``text`` at most; never Qt."""
