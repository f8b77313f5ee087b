/**
 * Excel workbooks (.xlsx): {@link io.github.qcdc.excel.ExcelDataset} reads the CSV templates from
 * sheets, {@link io.github.qcdc.excel.ExcelReport} writes a report as a workbook.
 */
package io.github.qcdc.excel;
