CREATE TABLE host_customer (
    customer_id  INTEGER     NOT NULL,
    name         VARCHAR(50) NOT NULL,
    PRIMARY KEY (customer_id)
);
