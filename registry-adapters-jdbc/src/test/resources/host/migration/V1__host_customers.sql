CREATE TABLE host_customer (
    customer_id  INTEGER     NOT NULL,
    name         VARCHAR(50) NOT NULL,
    CONSTRAINT pk_host_customer PRIMARY KEY (customer_id)
);
