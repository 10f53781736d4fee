-- One database per PostgreSQL-backed service (the local stack creates the same ones in ./wego).
create database membership;
create database awards;
create database ceds;
