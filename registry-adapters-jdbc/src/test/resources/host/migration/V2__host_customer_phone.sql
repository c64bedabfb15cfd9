ALTER TABLE host_customer ADD phone VARCHAR(20);
