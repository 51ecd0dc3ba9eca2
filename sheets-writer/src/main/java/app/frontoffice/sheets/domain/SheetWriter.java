package app.frontoffice.sheets.domain;

import java.util.List;

/** Writes blocks of cells into one spreadsheet in a single API call (the Google adapter implements it). */
public interface SheetWriter {

    void write(String spreadsheetKey, List<RowBlock> blocks) throws SheetWriteException;
}
